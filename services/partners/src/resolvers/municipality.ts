import type { Context } from '../subgraph';
import type { Municipality as MunicipalityRow } from '../entities';

export const Municipality = {
  __resolveReference(ref: { code: string }, ctx: Context) {
    return ctx.loaders.municipality.load(ref.code);
  },
  organisations(municipality: MunicipalityRow, _: unknown, ctx: Context) {
    return ctx.loaders.organisationsByMunicipality.load(municipality.code);
  },
  coalitions(municipality: MunicipalityRow, _: unknown, ctx: Context) {
    return ctx.loaders.coalitionsByMunicipality.load(municipality.code);
  },
  neighbourhoods(municipality: MunicipalityRow, _: unknown, ctx: Context) {
    return ctx.loaders.neighbourhoodsByMunicipality.load(municipality.code);
  },
};
