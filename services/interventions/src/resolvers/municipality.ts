import { tooManyToList } from '@kansrijk/kit';
import type { MunicipalityResolvers } from '../generated/graphql';

/**
 * The unpaged list of a municipality's interventions is for reading a municipality's plan whole (a few
 * dozen at most); past this many it is refused in favour of the paged catalogue.
 */
export const MAX_UNPAGED_INTERVENTIONS = 500;

/** Owned by partners: a reference is just its key; its interventions come from a loader. */
export const Municipality: MunicipalityResolvers = {
  __resolveReference(ref) {
    return { code: ref.code };
  },
  async interventions(municipality, _, ctx) {
    const interventions = await ctx.loaders.interventionsByMunicipality.load(municipality.code);
    if (interventions.length > MAX_UNPAGED_INTERVENTIONS) {
      throw tooManyToList(`the interventions of ${municipality.code}`, MAX_UNPAGED_INTERVENTIONS, 'interventions(filter: { municipality }, first, after)');
    }
    return interventions;
  },
};
