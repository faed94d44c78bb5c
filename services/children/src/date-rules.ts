/**
 * Which dates of the funnel may lie ahead, for the mutations and the import alike. Everything that
 * records something that happened (an indication issued, a referral, a registration, a warm handover,
 * a month attended) lies on or before today: an indication "issued" next year would count a toddler
 * as indicated, and reached, before any professional saw it. A placement is the one exception: a VE
 * location agrees a place before the child starts (after the summer, at 2½), so its start may lie up
 * to PLACEMENT_START_AHEAD_DAYS ahead; it only counts on a reference date it runs on. An end date is a
 * plan (often the fourth birthday) and may lie ahead.
 */
import { badUserInput, today } from '@kansrijk/kit';
import { addDays } from './seed/dates';

/** How far ahead a placement may start: one quarter, enough for a place agreed before the summer. */
export const PLACEMENT_START_AHEAD_DAYS = 92;

/** Why a date is refused, or null when it may be recorded; `kind` says which rule applies. */
export function futureDateProblem(kind: 'happened' | 'placementStart' | 'attendanceMonth', date: string, now = today()): string | null {
  if (kind === 'placementStart') {
    const latest = addDays(now, PLACEMENT_START_AHEAD_DAYS);
    return date > latest ? `a placement may start at most ${PLACEMENT_START_AHEAD_DAYS} days ahead (on or before ${latest})` : null;
  }
  if (kind === 'attendanceMonth') return date.slice(0, 7) > now.slice(0, 7) ? `must not be a month after the current one (${now.slice(0, 7)})` : null;
  return date > now ? `must not be in the future (after ${now})` : null;
}

/** The same rule as BAD_USER_INPUT naming the field, for a mutation. */
export function assertDate(field: string, kind: Parameters<typeof futureDateProblem>[0], date: string | null | undefined, now = today()): void {
  if (typeof date !== 'string') return;
  const problem = futureDateProblem(kind, date, now);
  if (problem) throw badUserInput(field, problem);
}
