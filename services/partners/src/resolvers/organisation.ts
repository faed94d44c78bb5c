import type { Context } from '../subgraph';
import type { Organisation as OrganisationRow } from '../entities';

export const Organisation = {
  __resolveReference(ref: { id: string }, ctx: Context) {
    return ctx.loaders.organisation.load(ref.id);
  },
  parent(organisation: OrganisationRow, _: unknown, ctx: Context) {
    return organisation.parentId ? ctx.loaders.organisation.load(organisation.parentId) : null;
  },
  parts(organisation: OrganisationRow, _: unknown, ctx: Context) {
    return ctx.loaders.partsByParent.load(organisation.id);
  },
  municipalities(organisation: OrganisationRow, _: unknown, ctx: Context) {
    return ctx.loaders.municipalitiesByOrganisation.load(organisation.id);
  },
  memberships(organisation: OrganisationRow, _: unknown, ctx: Context) {
    return ctx.loaders.membershipsByOrganisation.load(organisation.id);
  },
  locations(organisation: OrganisationRow, _: unknown, ctx: Context) {
    return ctx.loaders.locationsByOrganisation.load(organisation.id);
  },
};
