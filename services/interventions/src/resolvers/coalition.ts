import type { Context } from '../subgraph';
import { loadEach } from '../loaders';

/** Owned by partners: a reference is just its key; the DIN model comes from this subgraph's loaders. */
export const Coalition = {
  __resolveReference(ref: { id: string }) {
    return { id: ref.id };
  },
  themes(coalition: { id: string }, _: unknown, ctx: Context) {
    return ctx.loaders.coalitionThemesByCoalition.load(coalition.id);
  },
  async interventions(coalition: { id: string }, _: unknown, ctx: Context) {
    const rows = await ctx.loaders.interventionIdsByCoalition.load(coalition.id);
    return loadEach(ctx.loaders.intervention, rows.map((row) => row.id));
  },
};
