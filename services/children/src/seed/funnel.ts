import type { Attendance, Child, Indication, NonParticipationReason, Placement } from '../entities';
import { addDays, addMonths, daysBetween } from './dates';

/**
 * The SYNTHETIC funnel behind each generated indication: referral (toeleiding), registration
 * (aanmelding), the reason a toddler does not take part, monthly attendance and the warm handover.
 * Drawn from a stream per child (not the municipality's stream), so adding the funnel changed none
 * of the children, indications and placements generated before it.
 */

/** VE weeks offered per calendar month (about 45 a year: most locations close 2-3 weeks in summer). */
const VE_WEEKS = [4, 3.8, 4.3, 3.6, 3.6, 4.2, 3.2, 2.4, 4.3, 3.8, 4.3, 3.5];
/** How the weekly hours are spread over days: never more than 6 hours on a day. */
const SESSIONS: Record<string, { daysPerWeek: number; hoursPerDay: number }> = {
  '16.0': { daysPerWeek: 4, hoursPerDay: 4 },
  '12.0': { daysPerWeek: 3, hoursPerDay: 4 },
  '10.0': { daysPerWeek: 2, hoursPerDay: 5 },
};

type Weighted<T> = [T, number][];
const NOT_REFERRED: Weighted<NonParticipationReason> = [['PARENTS_DECLINED', 0.5], ['NOT_REACHABLE', 0.3], ['MOVED', 0.2]];
const NOT_REGISTERED: Weighted<NonParticipationReason> = [['PARENTS_DECLINED', 0.5], ['OTHER_PROVISION', 0.3], ['MOVED', 0.2]];
const NOT_PLACED: Weighted<NonParticipationReason> = [['NO_PLACE', 0.5], ['MOVED', 0.2], ['OTHER_PROVISION', 0.15], ['OTHER', 0.15]];

function pick<T>(options: Weighted<T>, draw: number): T {
  let acc = 0;
  for (const [value, weight] of options) {
    acc += weight;
    if (draw < acc) return value;
  }
  return options[options.length - 1][0];
}

/**
 * Sets the funnel dates and reason on the indication and the handover on the placement, in place. A
 * referral names where it refers to: the placement's location, else `referredTo` (the location the child
 * would have gone to). It draws nothing, so the funnel's numbers are the same as before referrals named one.
 */
export function drawFunnel(random: () => number, indication: Indication, placement: Placement | undefined, referredTo: string): void {
  const int = (n: number) => Math.floor(random() * n);
  if (placement) {
    const room = daysBetween(indication.issuedOn, placement.startDate);
    indication.referredOn = addDays(indication.issuedOn, Math.min(room, int(31)));
    indication.referredToId = placement.locationId;
    indication.registeredOn = addDays(indication.referredOn, int(daysBetween(indication.referredOn, placement.startDate) + 1));
    // Children who stay until they turn 4 go to school; most get a warm handover shortly before.
    if (placement.endDate === indication.validUntil && random() < 0.9) placement.handoverOn = addDays(placement.endDate!, -int(31));
    return;
  }
  const u = random();
  const reasonDraw = random();
  const referredOn = addDays(indication.issuedOn, 5 + int(36));
  const registeredOn = addDays(referredOn, 3 + int(28));
  if (u < 0.2) {
    indication.nonParticipationReason = pick(NOT_REFERRED, reasonDraw);
  } else if (u < 0.45) {
    indication.referredOn = referredOn;
    indication.referredToId = referredTo;
    indication.nonParticipationReason = pick(NOT_REGISTERED, reasonDraw);
  } else {
    indication.referredOn = referredOn;
    indication.referredToId = referredTo;
    indication.registeredOn = registeredOn;
    // One in ten registered but unplaced toddlers has no reason recorded: monitors are incomplete.
    if (u < 0.9) indication.nonParticipationReason = pick(NOT_PLACED, reasonDraw);
  }
}

/**
 * Attendance per month of a placement: the sessions offered in the month (pro rata for a partial
 * month), times the child's own attendance rate (80-100%), in whole days of the location's session length.
 */
export function drawAttendance(random: () => number, placement: Placement): Attendance[] {
  const session = SESSIONS[placement.hoursPerWeek];
  const attendanceRate = 0.8 + random() * 0.2;
  const end = placement.endDate ?? addMonths(placement.startDate, 24);
  const out: Attendance[] = [];
  for (let month = `${placement.startDate.slice(0, 8)}01`; month <= end; month = addMonths(month, 1)) {
    const next = addMonths(month, 1);
    const from = placement.startDate > month ? placement.startDate : month;
    const to = end < next ? addDays(end, 1) : next;
    const share = daysBetween(from, to) / daysBetween(month, next);
    const offered = VE_WEEKS[Number(month.slice(5, 7)) - 1] * session.daysPerWeek * share;
    const days = Math.round(offered * attendanceRate);
    out.push({ placementId: placement.id, month, days, hours: (days * session.hoursPerDay).toFixed(1), synthetic: true });
  }
  return out;
}

/** Synthetic neighbourhoods: `WK` + the municipality's four digits + two digits, uneven in size. */
export function drawNeighbourhood(random: () => number, child: Child, wijken: number): string {
  // Geometric weights: the first wijk is the largest, the last ones small (and so often suppressed).
  const weights = Array.from({ length: wijken }, (_, i) => 0.7 ** i);
  const total = weights.reduce((a, b) => a + b, 0);
  let draw = random() * total;
  let index = 0;
  while (index < wijken - 1 && draw >= weights[index]) draw -= weights[index++];
  return `WK${child.municipalityCode.slice(2)}${String(index + 1).padStart(2, '0')}`;
}
