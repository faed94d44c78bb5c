import { loadExisting, moneyOrNull } from '@kansrijk/kit';
import type { AvailableFundsResolvers } from '../generated/graphql';

export const AvailableFunds: AvailableFundsResolvers = {
  fundingStream(funds, _, ctx) {
    return loadExisting(ctx.loaders.fundingStream, funds.fundingStreamCode, 'funding stream');
  },
  amount(funds) {
    return moneyOrNull(funds.amount);
  },
};
