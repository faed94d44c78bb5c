import { loadExisting } from '@kansrijk/kit';
import type { BuurtResolvers, NeighbourhoodResolvers } from '../generated/graphql';

export const Neighbourhood: NeighbourhoodResolvers = {
  municipality(neighbourhood, _, ctx) {
    return loadExisting(ctx.loaders.municipality, neighbourhood.municipalityCode, 'municipality');
  },
  organisations(neighbourhood, _, ctx) {
    return ctx.loaders.organisationsByNeighbourhood.load(neighbourhood.code);
  },
  buurten(neighbourhood, _, ctx) {
    return ctx.loaders.buurtenByNeighbourhood.load(neighbourhood.code);
  },
};

export const Buurt: BuurtResolvers = {
  neighbourhood(buurt, _, ctx) {
    return loadExisting(ctx.loaders.neighbourhood, buurt.neighbourhoodCode, 'neighbourhood');
  },
};
