import { badUserInput, forbidden, writeTransaction } from '@kansrijk/kit';
import type { Context } from '../subgraph';
import { writeAudit } from '../audit-log';
import { figuresChanged } from '../figures/queue';
import { Indication, Placement } from '../entities';
import { assertPartnerOf, newPseudonym } from './write-access';

export interface RecordPlacementInput {
  location: string;
  indication: string;
  registeredOn?: string | null;
  startDate: string;
  endDate?: string | null;
  hoursPerWeek: number;
}

/** At most 6 hours a day count towards the norm, and VE runs on at most 5 days a week. */
export const MAX_HOURS_PER_WEEK = 30;

export async function recordPlacement(input: RecordPlacementInput, ctx: Context): Promise<Placement> {
  const reader = assertPartnerOf(ctx, input.location);
  // The overlap check and the insert share one serializable transaction: two placements of one child
  // sent at the same moment cannot both pass the check.
  const written = await writeTransaction(ctx.dataSource, async (tx) => {
    const indication = await tx.getRepository(Indication).findOneBy({ id: input.indication });
    // The id comes with the referral; an unknown one is refused like another's, so ids cannot be probed.
    if (!indication) throw forbidden('No referred indication has this id');
    if (!indication.referredOn) throw badUserInput('input.indication', 'has no referral (toeleiding) recorded yet');
    const endDate = input.endDate ?? null;
    if (input.startDate < indication.issuedOn) throw badUserInput('input.startDate', 'lies before the date of issue of the indication');
    if (indication.validUntil && input.startDate > indication.validUntil) throw badUserInput('input.startDate', 'lies after the indication expired');
    if (endDate !== null && endDate < input.startDate) throw badUserInput('input.endDate', 'lies before the start date');
    if (endDate !== null && indication.validUntil && endDate > indication.validUntil) throw badUserInput('input.endDate', 'lies after the indication expired');
    if (!Number.isFinite(input.hoursPerWeek) || input.hoursPerWeek <= 0 || input.hoursPerWeek > MAX_HOURS_PER_WEEK) {
      throw badUserInput('input.hoursPerWeek', `must be more than 0 and at most ${MAX_HOURS_PER_WEEK} (6 hours a day, 5 days a week)`);
    }
    const registeredOn = input.registeredOn ?? input.startDate;
    if (registeredOn > input.startDate) throw badUserInput('input.registeredOn', 'lies after the start date');
    if (registeredOn < indication.referredOn) throw badUserInput('input.registeredOn', 'lies before the referral');
    const [overlap] = await tx.query(
      `SELECT 1 FROM children.placement WHERE child_id = $1 AND start_date <= COALESCE($3::date, 'infinity') AND (end_date IS NULL OR end_date >= $2::date)`,
      [indication.childId, input.startDate, endDate],
    );
    if (overlap) throw badUserInput('input.startDate', 'the child already has a placement in this period');

    const placement: Placement = {
      id: newPseudonym('P'),
      childId: indication.childId,
      indicationId: indication.id,
      locationId: input.location,
      startDate: input.startDate,
      endDate,
      hoursPerWeek: (Math.round(input.hoursPerWeek * 10) / 10).toFixed(1),
      handoverOn: null,
      synthetic: false,
    };
    await tx.getRepository(Placement).insert(placement);
    if (!indication.registeredOn || indication.registeredOn > registeredOn) {
      await tx.getRepository(Indication).update({ id: indication.id }, { registeredOn });
    }
    await writeAudit(tx, reader, [{ action: 'WRITE', recordType: 'PLACEMENT', organisationId: input.location, recordIds: [placement.id] }]);
    return placement;
  });
  figuresChanged(ctx.dataSource);
  return written;
}
