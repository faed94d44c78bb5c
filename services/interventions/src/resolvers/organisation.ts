import { loadEach } from '../loaders';
import type { OrganisationResolvers } from '../generated/graphql';

/** Owned by partners: a reference is just its key; the interventions it carries out come from loaders. */
export const Organisation: OrganisationResolvers = {
  __resolveReference(ref) {
    return { id: ref.id };
  },
  async interventions(organisation, _, ctx) {
    const rows = await ctx.loaders.interventionIdsByOrganisation.load(organisation.id);
    return loadEach(ctx.loaders.intervention, rows.map((row) => row.id));
  },
};
