import { tooManyToList } from '@kansrijk/kit';
import type { MunicipalityResolvers } from '../generated/graphql';
import { municipalityOrganisationPage } from '../organisation-page';

/**
 * The unpaged list stays for clients that read a small municipality whole, but it cannot grow with the
 * country: past this many (twice Amsterdam's ~1,000) it is refused in favour of `organisationsPage`.
 */
export const MAX_UNPAGED_ORGANISATIONS = 2000;

export const Municipality: MunicipalityResolvers = {
  __resolveReference(ref, ctx) {
    return ctx.loaders.municipality.load(ref.code);
  },
  async organisations(municipality, _, ctx) {
    const organisations = await ctx.loaders.organisationsByMunicipality.load(municipality.code);
    if (organisations.length > MAX_UNPAGED_ORGANISATIONS) {
      throw tooManyToList(`the organisations of ${municipality.code}`, MAX_UNPAGED_ORGANISATIONS, 'organisationsPage(first, after)');
    }
    return organisations;
  },
  organisationsPage(municipality, args, ctx) {
    return municipalityOrganisationPage(ctx.loaders, municipality.code, args);
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
