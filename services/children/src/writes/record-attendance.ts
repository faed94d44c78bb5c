import { badUserInput, writeTransaction } from '@kansrijk/kit';
import type { Context } from '../subgraph';
import { writeAudit } from '../audit-log';
import { figuresChanged } from '../figures/queue';
import { Attendance, Placement } from '../entities';
import { addMonths, daysBetween } from '../seed/dates';
import { assertPartnerOf, monthStart } from './write-access';

export interface RecordAttendanceInput {
  placement: string;
  month: string;
  days: number;
  hours: number;
}

/** Hours above 6 a day do not count towards the 960-hour norm, so they are refused at the door. */
export const MAX_HOURS_PER_DAY = 6;

export async function recordAttendance(input: RecordAttendanceInput, ctx: Context): Promise<Attendance> {
  const placement = await ctx.dataSource.getRepository(Placement).findOneBy({ id: input.placement });
  const reader = assertPartnerOf(ctx, placement?.locationId);
  const found = placement!;
  const month = monthStart(input.month);
  if (!month) throw badUserInput('input.month', 'must be a month as YYYY-MM');
  if (month < `${found.startDate.slice(0, 7)}-01` || (found.endDate !== null && month > found.endDate)) {
    throw badUserInput('input.month', 'lies outside the placement');
  }
  const daysInMonth = daysBetween(month, addMonths(month, 1));
  if (!Number.isInteger(input.days) || input.days < 0 || input.days > daysInMonth) throw badUserInput('input.days', `must be a whole number from 0 to ${daysInMonth}`);
  if (!Number.isFinite(input.hours) || input.hours < 0) throw badUserInput('input.hours', 'must be 0 or more');
  if (input.hours > MAX_HOURS_PER_DAY * input.days) {
    throw badUserInput('input.hours', `more than ${MAX_HOURS_PER_DAY} hours a day (${input.days} days); at most 6 hours a day count`);
  }
  const row: Attendance = { placementId: found.id, month, days: input.days, hours: (Math.round(input.hours * 10) / 10).toFixed(1), synthetic: false };
  await writeTransaction(ctx.dataSource, async (tx) => {
    await tx.getRepository(Attendance).upsert(row, ['placementId', 'month']);
    await writeAudit(tx, reader, [{ action: 'WRITE', recordType: 'ATTENDANCE', organisationId: found.locationId, recordIds: [found.id] }]);
  });
  figuresChanged(ctx.dataSource);
  return row;
}
