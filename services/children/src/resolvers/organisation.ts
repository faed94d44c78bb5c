import { forbidden } from '@kansrijk/kit';
import type { Context } from '../subgraph';
import { figuresYear } from './municipality';

export interface OrganisationRef {
  id: string;
}

/**
 * Access to child-level records is decided before any child-level query; a refusal discloses
 * nothing, so it is not an audit row but a warning in the service log.
 */
function readerFor(organisation: OrganisationRef, ctx: Context) {
  if (!ctx.viewer.canSeeChildrenOf(organisation.id)) {
    ctx.log.warn({ actor: ctx.viewer.id, roles: ctx.viewer.claims.roles, organisation: organisation.id }, 'refused child-level read');
    throw forbidden();
  }
  return { viewer: ctx.viewer, requestId: ctx.requestId, operationName: ctx.operationName };
}

export const Organisation = {
  /** Partners owns organisations; every field here loads through a batched loader, so a stub suffices. */
  __resolveReference(ref: OrganisationRef): OrganisationRef {
    return { id: ref.id };
  },
  placements(organisation: OrganisationRef, _: unknown, ctx: Context) {
    return ctx.loaders.placementsByLocation(readerFor(organisation, ctx)).load(organisation.id);
  },
  indications(organisation: OrganisationRef, _: unknown, ctx: Context) {
    return ctx.loaders.indicationsByIssuer(readerFor(organisation, ctx)).load(organisation.id);
  },
  /** The location's cells of the municipalities' published location breakdowns: the same values, as shown there. */
  earlyEducation(organisation: OrganisationRef, { year }: { year: number }, ctx: Context) {
    return ctx.loaders.figures.locationCells.load({ location: organisation.id, year: figuresYear(year) });
  },
};
