import type { Context } from '../subgraph';
import type { Coalition as CoalitionRow } from '../entities';

export const Coalition = {
  __resolveReference(ref: { id: string }, ctx: Context) {
    return ctx.loaders.coalition.load(ref.id);
  },
  municipality(coalition: CoalitionRow, _: unknown, ctx: Context) {
    return ctx.loaders.municipality.load(coalition.municipalityCode);
  },
  members(coalition: CoalitionRow, _: unknown, ctx: Context) {
    return ctx.loaders.membersByCoalition.load(coalition.id);
  },
  bodies(coalition: CoalitionRow, _: unknown, ctx: Context) {
    return ctx.loaders.bodiesByCoalition.load(coalition.id);
  },
};
