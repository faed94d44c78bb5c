import type { Context } from '../subgraph';
import type { Placement as PlacementRow } from '../entities';

export const Placement = {
  child: (placement: PlacementRow, _: unknown, ctx: Context) => ctx.loaders.child.load(placement.childId),
  indication: (placement: PlacementRow, _: unknown, ctx: Context) =>
    placement.indicationId === null ? null : ctx.loaders.indication.load(placement.indicationId),
  location: (placement: PlacementRow) => ({ id: placement.locationId }),
  /** Hours are not money: a float is fine at the API, pg's numeric string is not. */
  hoursPerWeek: (placement: PlacementRow) => Number(placement.hoursPerWeek),
  attendance: (placement: PlacementRow, _: unknown, ctx: Context) => ctx.loaders.attendanceByPlacement.load(placement.id),
};
