import { assertDate } from '../date-rules';
import { badUserInput, month, numberInRange, wholeNumber } from '@kansrijk/kit';
import { assertStaffOf } from '@kansrijk/domain';
import type { MutationRecordAttendanceArgs } from '../generated/graphql';
import { Attendance, Placement } from '../entities';
import { attendanceKey } from '../loaders';
import { addMonths, daysBetween } from '../seed/dates';
import { childWrite } from './child-write';

/** Hours above 6 a day do not count towards the 960-hour norm, so they are refused at the door. */
export const MAX_HOURS_PER_DAY = 6;

/** A month's attendance (aanwezigheid) of a placement, by the location's staff; recording a month again replaces it. */
export const recordAttendance = childWrite({
  async run(tx, { input }: MutationRecordAttendanceArgs, ctx) {
    const placement = await tx.getRepository(Placement).findOneBy({ id: input.placement });
    // Entitlement first: the month check below tells the placement's period.
    assertStaffOf(ctx, placement?.locationId);
    const found = placement!;
    const first = month('input.month', input.month);
    assertDate('input.month', 'attendanceMonth', first);
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
  written: ({ row, locationId }) => ({ recordType: 'ATTENDANCE', organisationId: locationId, recordIds: [row.placementId] }),
  answer: ({ row }, answers) => answers.attendance.load(attendanceKey(row.placementId, row.month)),
});
