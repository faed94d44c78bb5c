import type { Context } from '../subgraph';
import { loadEach } from '../loaders';

/** Owned by partners: a reference is just its key; the interventions it carries out come from loaders. */
export const Organisation = {
  __resolveReference(ref: { id: string }) {
    return { id: ref.id };
  },
  async interventions(organisation: { id: string }, _: unknown, ctx: Context) {
    const rows = await ctx.loaders.interventionIdsByOrganisation.load(organisation.id);
    return loadEach(ctx.loaders.intervention, rows.map((row) => row.id));
  },
};
