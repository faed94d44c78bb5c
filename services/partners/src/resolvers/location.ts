import { loadExisting } from '@kansrijk/kit';
import type { LocationResolvers } from '../generated/graphql';

export const Location: LocationResolvers = {
  organisation(location, _, ctx) {
    return loadExisting(ctx.loaders.organisation, location.organisationId, 'organisation');
  },
  municipality(location, _, ctx) {
    return loadExisting(ctx.loaders.municipality, location.municipalityCode, 'municipality');
  },
  neighbourhood(location, _, ctx) {
    return location.neighbourhoodCode ? ctx.loaders.neighbourhood.load(location.neighbourhoodCode) : null;
  },
};
