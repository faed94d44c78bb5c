import { createHash } from 'node:crypto';
import { today, type CsvRow } from '@kansrijk/kit';
import { futureDateProblem } from '../date-rules';
import { definitionInForce } from '../definition-in-force';
import { NON_PARTICIPATION_REASONS, type Attendance, type Child, type Criterion, type Indication, type NonParticipationReason, type Placement, type TargetGroupDefinition } from '../entities';
import { addDays, addMonths, daysBetween } from '../seed/dates';
import { MAX_HOURS_PER_DAY } from '../writes/attendance';
import { MAX_HOURS_PER_WEEK } from '../writes/placements';

/** The events of a monitoring export, one row per child per event. */
export const EVENTS = ['INDICATION', 'REFERRAL', 'REGISTRATION', 'PLACEMENT', 'ATTENDANCE', 'NON_PARTICIPATION', 'HANDOVER'] as const;

export const PSEUDONYM = /^K[0-9A-F]{10}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Ids derived from (organisation, child, event, date): a second import of the same row hits the same record. */
function derivedId(prefix: 'I' | 'P', ...parts: string[]): string {
  return prefix + createHash('sha256').update(parts.join('|')).digest('hex').slice(0, 10).toUpperCase();
}

export class Problem extends Error {
  constructor(readonly column: string, message: string) {
    super(message);
  }
}

export interface State {
  children: Map<string, Child>;
  indications: Map<string, Indication>;
  placements: Map<string, Placement>;
  attendance: Map<string, Attendance>;
  definitions: TargetGroupDefinition[];
  criteria: Criterion[];
}

function need(v: Record<string, string>, column: string): string {
  if (!v[column]) throw new Problem(column, `required for a ${v.event} row`);
  return v[column];
}

function needDate(v: Record<string, string>, column: string): string {
  const d = need(v, column);
  if (!DATE.test(d) || Number.isNaN(Date.parse(d))) throw new Problem(column, 'must be a date as YYYY-MM-DD');
  return d;
}

function needNumber(v: Record<string, string>, column: string): number {
  const n = Number(need(v, column).replace(',', '.'));
  if (!Number.isFinite(n)) throw new Problem(column, 'must be a number');
  return n;
}

/** The child's latest indication issued on or before `date`, by `issuer` when given. */
function indicationOf(s: State, child: string, date: string, issuer?: string): Indication {
  const found = [...s.indications.values()]
    .filter((i) => i.childId === child && i.issuedOn <= date && (!issuer || i.issuerId === issuer))
    .sort((a, b) => (a.issuedOn < b.issuedOn ? 1 : -1))[0];
  if (!found) throw new Problem('child', issuer ? `has no indication by ${issuer} issued on or before ${date}` : `has no indication issued on or before ${date}`);
  return found;
}

function placementAt(s: State, child: string, location: string, date: string): Placement {
  const found = [...s.placements.values()]
    .filter((p) => p.childId === child && p.locationId === location && p.startDate.slice(0, 7) <= date.slice(0, 7) && (p.endDate === null || p.endDate >= date.slice(0, 8) + '01'))
    .sort((a, b) => (a.startDate < b.startDate ? 1 : -1))[0];
  if (!found) throw new Problem('child', `has no placement at ${location} running on ${date}`);
  return found;
}

/** Which future-date rule (date-rules.ts) an event's date follows. */
const DATE_RULE = { PLACEMENT: 'placementStart', ATTENDANCE: 'attendanceMonth' } as const;

/** Applies one row to the state, with the same rules as the mutations; throws a Problem when it breaks one. */
export function applyEvent(s: State, row: CsvRow, now = today()): void {
  const v = row.values;
  const org = need(v, 'organisation');
  const child = need(v, 'child');
  if (!PSEUDONYM.test(child)) throw new Problem('child', 'must be a pseudonym: K followed by 10 hex digits (never a name or BSN)');
  const event = need(v, 'event');
  const date = needDate(v, 'date');
  const ahead = futureDateProblem(DATE_RULE[event as keyof typeof DATE_RULE] ?? 'happened', date, now);
  if (ahead) throw new Problem('date', ahead);
  switch (event) {
    case 'INDICATION': {
      let kid = s.children.get(child);
      if (!kid) {
        const birthMonth = need(v, 'birth_month');
        if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(birthMonth)) throw new Problem('birth_month', 'must be a month as YYYY-MM');
        const code = need(v, 'municipality');
        if (!s.definitions.some((d) => d.municipalityCode === code)) throw new Problem('municipality', `${code} is not a municipality known here`);
        const neighbourhood = v.neighbourhood || null;
        if (neighbourhood && !new RegExp(`^WK${code.slice(2)}\\d{2}$`).test(neighbourhood)) throw new Problem('neighbourhood', `must be a wijk code of ${code}`);
        kid = { id: child, birthMonth: `${birthMonth}-01`, municipalityCode: code, neighbourhoodCode: neighbourhood, synthetic: false };
        s.children.set(child, kid);
      }
      const fourth = addMonths(kid.birthMonth, 48);
      if (date < kid.birthMonth || date >= fourth) throw new Problem('date', 'the child must be under 4 on the date of issue');
      const kind = v.kind || 'VE';
      if (kind !== 'VE' && kind !== 'SOCIAL_MEDICAL') throw new Problem('kind', 'must be VE or SOCIAL_MEDICAL');
      const definition = definitionInForce(s.definitions.filter((d) => d.municipalityCode === kid!.municipalityCode), date);
      if (!definition) throw new Problem('date', `no target-group definition of ${kid.municipalityCode} is in force then`);
      const codes = need(v, 'criteria').split('|').map((c) => c.trim());
      const known = s.criteria.filter((c) => c.definitionId === definition.id).map((c) => c.code);
      const unknown = codes.filter((c) => !known.includes(c));
      if (unknown.length) throw new Problem('criteria', `${unknown.join(', ')} not in definition ${definition.version}`);
      const id = derivedId('I', org, child, event, date);
      const prior = s.indications.get(id);
      s.indications.set(id, {
        ...(prior ?? { referredOn: null, referredToId: null, registeredOn: null, nonParticipationReason: null }),
        id, childId: child, kind, issuedOn: date, validUntil: addDays(fourth, -1), criteria: [...new Set(codes)],
        definitionId: definition.id, issuerId: org, synthetic: false,
      });
      return;
    }
    case 'REFERRAL': {
      const i = indicationOf(s, child, date, org);
      if (i.registeredOn && date > i.registeredOn) throw new Problem('date', 'lies after the registration');
      // Where the child is referred to (toeleiding naar), as recordReferral's input.location: a placement
      // is then accepted only at that organisation. Exports that predate the column leave it out.
      i.referredOn = date;
      if (v.location) i.referredToId = v.location;
      return;
    }
    case 'NON_PARTICIPATION': {
      const i = indicationOf(s, child, date, org);
      const reason = need(v, 'reason');
      if (!(NON_PARTICIPATION_REASONS as readonly string[]).includes(reason)) throw new Problem('reason', `must be one of ${NON_PARTICIPATION_REASONS.join(', ')}`);
      i.nonParticipationReason = reason as NonParticipationReason;
      return;
    }
    case 'REGISTRATION': {
      const i = indicationOf(s, child, date);
      if (!i.referredOn || i.referredOn > date) throw new Problem('date', 'the child has no referral (toeleiding) on or before this date');
      i.registeredOn = date;
      return;
    }
    case 'PLACEMENT': {
      const i = indicationOf(s, child, date);
      // The rule of recordPlacement: a referral that names a location is placed there only.
      if (i.referredToId && i.referredToId !== org) throw new Problem('organisation', `the child is referred to ${i.referredToId}, not to ${org}`);
      if (i.validUntil && date > i.validUntil) throw new Problem('date', 'lies after the indication expired');
      const endDate = v.end_date ? needDate(v, 'end_date') : null;
      if (endDate !== null && endDate < date) throw new Problem('end_date', 'lies before the start date');
      const hours = needNumber(v, 'hours_per_week');
      if (hours <= 0 || hours > MAX_HOURS_PER_WEEK) throw new Problem('hours_per_week', `must be more than 0 and at most ${MAX_HOURS_PER_WEEK} (6 hours a day)`);
      const id = derivedId('P', org, child, event, date);
      const overlap = [...s.placements.values()].find(
        (p) => p.id !== id && p.childId === child && p.startDate <= (endDate ?? '9999-12-31') && (p.endDate === null || p.endDate >= date),
      );
      if (overlap) throw new Problem('date', 'the child already has a placement in this period');
      const prior = s.placements.get(id);
      s.placements.set(id, { id, childId: child, indicationId: i.id, locationId: org, startDate: date, endDate, hoursPerWeek: hours.toFixed(1), handoverOn: prior?.handoverOn ?? null, synthetic: false });
      return;
    }
    case 'ATTENDANCE': {
      if (!date.endsWith('-01')) throw new Problem('date', 'an ATTENDANCE row is dated on the first day of its month');
      const p = placementAt(s, child, org, date);
      const days = needNumber(v, 'days');
      const max = daysBetween(date, addMonths(date, 1));
      if (!Number.isInteger(days) || days < 0 || days > max) throw new Problem('days', `must be a whole number from 0 to ${max}`);
      const hours = needNumber(v, 'hours');
      if (hours < 0 || hours > MAX_HOURS_PER_DAY * days) throw new Problem('hours', `more than ${MAX_HOURS_PER_DAY} hours a day (${days} days)`);
      s.attendance.set(`${p.id}|${date}`, { placementId: p.id, month: date, days, hours: hours.toFixed(1), synthetic: false });
      return;
    }
    case 'HANDOVER': {
      placementAt(s, child, org, date).handoverOn = date;
      return;
    }
    default:
      throw new Problem('event', `must be one of ${EVENTS.join(', ')}`);
  }
}
