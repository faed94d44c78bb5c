import { moneyOrNull } from '@kansrijk/kit';
import type { AvailableFunds as AvailableFundsRow } from '../entities';
import type { Context } from '../subgraph';

export const AvailableFunds = {
  fundingStream(funds: AvailableFundsRow, _: unknown, ctx: Context) {
    return ctx.loaders.fundingStream.load(funds.fundingStreamCode);
  },
  amount(funds: AvailableFundsRow) {
    return moneyOrNull(funds.amount);
  },
};
