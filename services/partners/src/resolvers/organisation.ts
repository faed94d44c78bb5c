import type { OrganisationResolvers } from '../generated/graphql';

export const Organisation: OrganisationResolvers = {
  __resolveReference(ref, ctx) {
    return ctx.loaders.organisation.load(ref.id);
  },
  parent(organisation, _, ctx) {
    return organisation.parentId ? ctx.loaders.organisation.load(organisation.parentId) : null;
  },
  parts(organisation, _, ctx) {
    return ctx.loaders.partsByParent.load(organisation.id);
  },
  municipalities(organisation, _, ctx) {
    return ctx.loaders.municipalitiesByOrganisation.load(organisation.id);
  },
  memberships(organisation, _, ctx) {
    return ctx.loaders.membershipsByOrganisation.load(organisation.id);
  },
  locations(organisation, _, ctx) {
    return ctx.loaders.locationsByOrganisation.load(organisation.id);
  },
};
