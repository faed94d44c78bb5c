import { badUserInput, month, mutationsFor, numberInRange, wholeNumber } from '@kansrijk/kit';
import { assertStaffOf, partnerStaff } from '@kansrijk/domain';
import type { MutationRecordAttendanceArgs } from '../generated/graphql';
import type { Context } from '../subgraph';
import { figuresChanged } from '../figures/queue';
import { Attendance, Placement } from '../entities';
import { addMonths, daysBetween } from '../seed/dates';
import { auditWrite } from './audit';

const mutation = mutationsFor<Context>();

/** Hours above 6 a day do not count towards the 960-hour norm, so they are refused at the door. */
export const MAX_HOURS_PER_DAY = 6;

/** A month's attendance (aanwezigheid) of a placement, by the location's staff; recording a month again replaces it. */
export const recordAttendance = mutation({
  allow: partnerStaff,
  async run(tx, { input }: MutationRecordAttendanceArgs, ctx) {
    const placement = await tx.getRepository(Placement).findOneBy({ id: input.placement });
    assertStaffOf(ctx, placement?.locationId);
    const found = placement!;
    const first = month('input.month', input.month);
    if (first < `${found.startDate.slice(0, 7)}-01` || (found.endDate !== null && first > found.endDate)) {
      throw badUserInput('input.month', 'lies outside the placement');
    }
    const daysInMonth = daysBetween(first, addMonths(first, 1));
    const days = wholeNumber('input.days', input.days, 0, daysInMonth)!;
    const hours = numberInRange('input.hours', input.hours, { min: 0, max: MAX_HOURS_PER_DAY * days, why: `at most ${MAX_HOURS_PER_DAY} hours a day count, ${days} days` });
    const row: Attendance = { placementId: found.id, month: first, days, hours: (Math.round(hours * 10) / 10).toFixed(1), synthetic: false };
    await tx.getRepository(Attendance).upsert(row, ['placementId', 'month']);
    return { row, locationId: found.locationId };
  },
  audit: (tx, { row, locationId }, _args, ctx) => auditWrite(tx, ctx, { recordType: 'ATTENDANCE', organisationId: locationId, recordIds: [row.placementId] }),
  committed: (_written, ctx) => figuresChanged(ctx.dataSource),
  answer: ({ row }) => row,
});
