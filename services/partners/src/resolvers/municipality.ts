import type { MunicipalityResolvers } from '../generated/graphql';

export const Municipality: MunicipalityResolvers = {
  __resolveReference(ref, ctx) {
    return ctx.loaders.municipality.load(ref.code);
  },
  organisations(municipality, _, ctx) {
    return ctx.loaders.organisationsByMunicipality.load(municipality.code);
  },
  coalitions(municipality, _, ctx) {
    return ctx.loaders.coalitionsByMunicipality.load(municipality.code);
  },
  successor(municipality, _, ctx) {
    return municipality.successorCode ? ctx.loaders.municipality.load(municipality.successorCode) : null;
  },
  neighbourhoods(municipality, _, ctx) {
    return ctx.loaders.neighbourhoodsByMunicipality.load(municipality.code);
  },
};
