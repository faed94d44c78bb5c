import { badUserInput, dateWithin, forbidden, mutationsFor, numberInRange } from '@kansrijk/kit';
import { assertStaffOf, partnerStaff } from '@kansrijk/domain';
import type { MutationRecordPlacementArgs } from '../generated/graphql';
import type { Context } from '../subgraph';
import { figuresChanged } from '../figures/queue';
import { Indication, Placement } from '../entities';
import { auditWrite } from './audit';
import { newPseudonym } from './pseudonyms';

const mutation = mutationsFor<Context>();

/** At most 6 hours a day count towards the norm, and VE runs on at most 5 days a week. */
export const MAX_HOURS_PER_WEEK = 30;

/**
 * A placement (plaatsing) at a VE location, by that location's staff. The overlap check and the insert
 * share one serializable transaction: two placements of one child sent at the same moment cannot both
 * pass the check.
 */
export const recordPlacement = mutation({
  allow: partnerStaff,
  async run(tx, { input }: MutationRecordPlacementArgs, ctx) {
    assertStaffOf(ctx, input.location);
    const indication = await tx.getRepository(Indication).findOneBy({ id: input.indication });
    // The id comes with the referral; an unknown one is refused like another's, so ids cannot be probed.
    if (!indication) throw forbidden('No referred indication has this id');
    if (!indication.referredOn) throw badUserInput('input.indication', 'has no referral (toeleiding) recorded yet');
    const expired: [string | null, string] = [indication.validUntil, 'the indication expired'];
    dateWithin('input.startDate', input.startDate, { earliest: [indication.issuedOn, 'the date of issue of the indication'], latest: expired });
    const endDate = input.endDate ?? null;
    if (endDate !== null) dateWithin('input.endDate', endDate, { earliest: [input.startDate, 'the start date'], latest: expired });
    const hoursPerWeek = numberInRange('input.hoursPerWeek', input.hoursPerWeek, { min: 0, inclusive: false, max: MAX_HOURS_PER_WEEK, why: '6 hours a day, 5 days a week' });
    const registeredOn = dateWithin('input.registeredOn', input.registeredOn ?? input.startDate, {
      earliest: [indication.referredOn, 'the referral'],
      latest: [input.startDate, 'the start date'],
    });
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
      hoursPerWeek: (Math.round(hoursPerWeek * 10) / 10).toFixed(1),
      handoverOn: null,
      synthetic: false,
    };
    await tx.getRepository(Placement).insert(placement);
    if (!indication.registeredOn || indication.registeredOn > registeredOn) {
      await tx.getRepository(Indication).update({ id: indication.id }, { registeredOn });
    }
    return placement;
  },
  audit: (tx, placement, _args, ctx) => auditWrite(tx, ctx, { recordType: 'PLACEMENT', organisationId: placement.locationId, recordIds: [placement.id] }),
  committed: (_placement, ctx) => figuresChanged(ctx.dataSource),
});
