import { loadExisting } from '@kansrijk/kit';
import type { NeighbourhoodResolvers } from '../generated/graphql';

export const Neighbourhood: NeighbourhoodResolvers = {
  municipality(neighbourhood, _, ctx) {
    return loadExisting(ctx.loaders.municipality, neighbourhood.municipalityCode, 'municipality');
  },
  organisations(neighbourhood, _, ctx) {
    return ctx.loaders.organisationsByNeighbourhood.load(neighbourhood.code);
  },
};
