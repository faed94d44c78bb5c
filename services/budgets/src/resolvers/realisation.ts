import { money } from '@kansrijk/kit';
import type { Realisation as RealisationRow } from '../entities';
import type { Context } from '../subgraph';

export const Realisation = {
  line(entry: RealisationRow, _: unknown, ctx: Context) {
    return ctx.loaders.line.load(entry.lineId);
  },
  amount(entry: RealisationRow) {
    return money(entry.amount);
  },
};
