import { loadEach } from '../loaders';
import type { CoalitionResolvers } from '../generated/graphql';

/** Owned by partners: a reference is just its key; the DIN model comes from this subgraph's loaders. */
export const Coalition: CoalitionResolvers = {
  __resolveReference(ref) {
    return { id: ref.id };
  },
  themes(coalition, _, ctx) {
    return ctx.loaders.coalitionThemesByCoalition.load(coalition.id);
  },
  async interventions(coalition, _, ctx) {
    const rows = await ctx.loaders.interventionIdsByCoalition.load(coalition.id);
    return loadEach(ctx.loaders.intervention, rows.map((row) => row.id));
  },
};
