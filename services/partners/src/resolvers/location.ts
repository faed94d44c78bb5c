import type { Context } from '../subgraph';
import type { OrganisationLocation } from '../entities';

export const Location = {
  organisation(location: OrganisationLocation, _: unknown, ctx: Context) {
    return ctx.loaders.organisation.load(location.organisationId);
  },
  municipality(location: OrganisationLocation, _: unknown, ctx: Context) {
    return ctx.loaders.municipality.load(location.municipalityCode);
  },
  neighbourhood(location: OrganisationLocation, _: unknown, ctx: Context) {
    return location.neighbourhoodCode ? ctx.loaders.neighbourhood.load(location.neighbourhoodCode) : null;
  },
};
