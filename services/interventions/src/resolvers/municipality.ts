import type { MunicipalityResolvers } from '../generated/graphql';

/** Owned by partners: a reference is just its key; its interventions come from a loader. */
export const Municipality: MunicipalityResolvers = {
  __resolveReference(ref) {
    return { code: ref.code };
  },
  interventions(municipality, _, ctx) {
    return ctx.loaders.interventionsByMunicipality.load(municipality.code);
  },
};
