import { forbidden, keysetPage, type KeysetColumn } from '@kansrijk/kit';
import type { Indication, Placement } from '../entities';
import type { Context } from '../subgraph';
import { figuresYear } from './municipality';
import type { OrganisationResolvers } from '../generated/graphql';
import type { OrganisationMapper } from '../mappers';

/**
 * Access to child-level records is decided before any child-level query; a refusal discloses
 * nothing, so it is not an audit row but a warning in the service log.
 */
function readerFor(organisation: OrganisationMapper, ctx: Context) {
  if (!ctx.viewer.canSeeChildrenOf(organisation.id)) {
    ctx.log.warn({ actor: ctx.viewer.id, roles: ctx.viewer.claims.roles, organisation: organisation.id }, 'refused child-level read');
    throw forbidden();
  }
  return { viewer: ctx.viewer, requestId: ctx.requestId, operationName: ctx.operationName };
}

/** Newest first, as the unpaged lists; the id breaks ties. */
const PLACEMENT_ORDER: KeysetColumn<Placement>[] = [
  { column: 'startDate', direction: 'DESC', type: 'string', of: (p) => p.startDate },
  { column: 'id', type: 'string', of: (p) => p.id },
];
const INDICATION_ORDER: KeysetColumn<Indication>[] = [
  { column: 'issuedOn', direction: 'DESC', type: 'string', of: (i) => i.issuedOn },
  { column: 'id', type: 'string', of: (i) => i.id },
];

export const Organisation: OrganisationResolvers = {
  /** Partners owns organisations; every field here loads through a batched loader, so a stub suffices. */
  __resolveReference(ref) {
    return { id: ref.id };
  },
  placements(organisation, _, ctx) {
    return ctx.loaders.placementsByLocation(readerFor(organisation, ctx)).load(organisation.id);
  },
  indications(organisation, _, ctx) {
    return ctx.loaders.indicationsByIssuer(readerFor(organisation, ctx)).load(organisation.id);
  },
  placementsPage(organisation, { first, after }, ctx) {
    const loader = ctx.loaders.placementPagesByLocation(readerFor(organisation, ctx));
    return keysetPage({ orderBy: PLACEMENT_ORDER, first, after, fetch: (cursor, limit) => loader.load({ owner: organisation.id, argument: { after: cursor, limit } }) });
  },
  indicationsPage(organisation, { first, after }, ctx) {
    const loader = ctx.loaders.indicationPagesByIssuer(readerFor(organisation, ctx));
    return keysetPage({ orderBy: INDICATION_ORDER, first, after, fetch: (cursor, limit) => loader.load({ owner: organisation.id, argument: { after: cursor, limit } }) });
  },
  /** The location's cells of the municipalities' published location breakdowns: the same values, as shown there. */
  earlyEducation(organisation, { year }, ctx) {
    return ctx.loaders.figures.locationCells.load({ location: organisation.id, year: figuresYear(year) });
  },
};
