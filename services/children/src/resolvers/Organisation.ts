import { forbidden } from '@kansrijk/kit';
import type { Context } from '../context';

export interface OrganisationRef {
  id: string;
}

export const Organisation = {
  /** Partners owns organisations; `placements` loads through a batched loader, so a stub suffices. */
  __resolveReference(ref: OrganisationRef): OrganisationRef {
    return { id: ref.id };
  },
  /**
   * Child-level records. Access is decided before any child-level query; a refusal discloses nothing,
   * so it is not an audit row but a warning in the service log.
   */
  placements(organisation: OrganisationRef, _: unknown, ctx: Context) {
    if (!ctx.viewer.canSeeChildrenOf(organisation.id)) {
      ctx.log.warn({ actor: ctx.viewer.id, roles: ctx.viewer.claims.roles, organisation: organisation.id }, 'refused child-level read');
      throw forbidden();
    }
    const reader = { viewer: ctx.viewer, requestId: ctx.requestId, operationName: ctx.operationName };
    return ctx.loaders.placementsByLocation(reader).load(organisation.id);
  },
};
