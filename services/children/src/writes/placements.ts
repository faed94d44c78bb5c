import { assertDate } from '../date-rules';
import { badUserInput, dateWithin, numberInRange } from '@kansrijk/kit';
import { assertStaffOf, refuseChildWrite, type Viewer } from '@kansrijk/domain';
import type { MutationRecordPlacementArgs } from '../generated/graphql';
import { Indication, Placement } from '../entities';
import { childWrite } from './child-write';
import { newPseudonym } from './pseudonyms';

/** At most 6 hours a day count towards the norm, and VE runs on at most 5 days a week. */
export const MAX_HOURS_PER_WEEK = 30;

/**
 * Whether a location may place the child of this indication: the referral (toeleiding) named the
 * location itself, or an organisation the caller is staff of too. Group membership (a childcare
 * organisation and its locations, partners' `Organisation.parent`) is partners' data, which this
 * subgraph does not read; the token's `organisations` are what the identity provider vouches for, so
 * staff of both the organisation referred to and the location may place there, and nobody else.
 */
export function referredTo(indication: Indication | null, location: string, viewer: Viewer): indication is Indication {
  if (!indication?.referredOn || !indication.referredToId) return false;
  return indication.referredToId === location || viewer.claims.organisations.includes(indication.referredToId);
}

/**
 * A placement (plaatsing) at a VE location, by that location's staff, of a child referred to it. The
 * overlap check and the insert share one serializable transaction: two placements of one child sent at
 * the same moment cannot both pass the check.
 */
export const recordPlacement = childWrite({
  async run(tx, { input }: MutationRecordPlacementArgs, ctx) {
    assertStaffOf(ctx, input.location);
    const found = await tx.getRepository(Indication).findOneBy({ id: input.indication });
    // Entitlement before any field is checked against the record: an unknown id, another
    // municipality's indication and one not referred here get the same answer, and the date checks
    // below (which name the date of issue and the expiry) are only reached by the location referred to.
    if (!referredTo(found, input.location, ctx.viewer)) refuseChildWrite(ctx, input.location);
    // Left out, the registration is the start date: one ahead would be a registration that has not happened.
    assertDate('input.registeredOn', 'happened', input.registeredOn ?? input.startDate);
    assertDate('input.startDate', 'placementStart', input.startDate);
    const indication = found;
    const expired: [string | null, string] = [indication.validUntil, 'the indication expired'];
    dateWithin('input.startDate', input.startDate, { earliest: [indication.issuedOn, 'the date of issue of the indication'], latest: expired });
    const endDate = input.endDate ?? null;
    if (endDate !== null) dateWithin('input.endDate', endDate, { earliest: [input.startDate, 'the start date'], latest: expired });
    const hoursPerWeek = numberInRange('input.hoursPerWeek', input.hoursPerWeek, { min: 0, inclusive: false, max: MAX_HOURS_PER_WEEK, why: '6 hours a day, 5 days a week' });
    const registeredOn = dateWithin('input.registeredOn', input.registeredOn ?? input.startDate, {
      earliest: [indication.referredOn!, 'the referral'],
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
  written: (placement) => ({ recordType: 'PLACEMENT', organisationId: placement.locationId, recordIds: [placement.id] }),
  answer: (placement, answers) => answers.placement.load(placement.id),
});
