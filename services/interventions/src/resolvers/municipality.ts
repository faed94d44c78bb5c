import type { Context } from '../subgraph';

/** Owned by partners: a reference is just its key; its interventions come from a loader. */
export const Municipality = {
  __resolveReference(ref: { code: string }) {
    return { code: ref.code };
  },
  interventions(municipality: { code: string }, _: unknown, ctx: Context) {
    return ctx.loaders.interventionsByMunicipality.load(municipality.code);
  },
};
