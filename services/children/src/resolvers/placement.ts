import { loadExisting } from '@kansrijk/kit';
import type { PlacementResolvers } from '../generated/graphql';

export const Placement: PlacementResolvers = {
  child: (placement, _, ctx) => loadExisting(ctx.loaders.child, placement.childId, 'child'),
  indication: (placement, _, ctx) =>
    placement.indicationId === null ? null : ctx.loaders.indication.load(placement.indicationId),
  location: (placement) => ({ id: placement.locationId }),
  /** Hours are not money: a float is fine at the API, pg's numeric string is not. */
  hoursPerWeek: (placement) => Number(placement.hoursPerWeek),
  attendance: (placement, _, ctx) => ctx.loaders.attendanceByPlacement.load(placement.id),
};
