import type { Context } from '../subgraph';
import type { Neighbourhood as NeighbourhoodRow } from '../entities';

export const Neighbourhood = {
  municipality(neighbourhood: NeighbourhoodRow, _: unknown, ctx: Context) {
    return ctx.loaders.municipality.load(neighbourhood.municipalityCode);
  },
  organisations(neighbourhood: NeighbourhoodRow, _: unknown, ctx: Context) {
    return ctx.loaders.organisationsByNeighbourhood.load(neighbourhood.code);
  },
};
