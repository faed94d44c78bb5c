/**
 * The one way write input is checked, in every subgraph. Each check names the field as the client sent
 * it (`input.name`, `input.themes[2]`, `input.locations[0].postcode`), so a form can show the message
 * next to the field, and each returns the value as it will be stored (trimmed, normalised).
 *
 * Text always has a limit: the request body limit bounds a request, not a column, and a note of a
 * megabyte stored once is shown on every dashboard that lists it.
 */
import { badUserInput } from './errors';

/** Length limits in characters: a name or code, one line of text, and free text (a note, a summary). */
export const TEXT_LIMITS = { name: 300, line: 500, text: 5000 } as const;

/** Text that must be there: null, left out and all-whitespace are refused. */
export function requiredText(field: string, value: unknown, max: number = TEXT_LIMITS.line): string {
  if (value !== null && value !== undefined && typeof value !== 'string') throw badUserInput(field, 'must be text');
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) throw badUserInput(field, 'must not be empty');
  if (text.length > max) throw badUserInput(field, `must be at most ${max} characters`);
  return text;
}

/** Text that may be left out; empty text means "not known", like a left-out field, so no '' is stored. */
export function optionalText(field: string, value: unknown, max: number = TEXT_LIMITS.text): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw badUserInput(field, 'must be text');
  const text = value.trim();
  if (text.length > max) throw badUserInput(field, `must be at most ${max} characters`);
  return text || null;
}

/** A list of texts, each required and within `max`; a left-out list is empty. */
export function textList(field: string, values: readonly unknown[] | null | undefined, max: number = TEXT_LIMITS.text): string[] {
  return (values ?? []).map((value, i) => requiredText(`${field}[${i}]`, value, max));
}

/** A whole number from `min` to `max`, or null when left out. */
export function wholeNumber(field: string, value: unknown, min: number, max: number): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(field, `must be a whole number from ${min} to ${max}`);
  }
  return value;
}

/** A number (hours, a rate) above `min` (or from it, with `inclusive`) and at most `max`. */
export function numberInRange(field: string, value: unknown, { min, max, inclusive = true, why = '' }: { min: number; max: number; inclusive?: boolean; why?: string }): number {
  const ok = typeof value === 'number' && Number.isFinite(value) && (inclusive ? value >= min : value > min) && value <= max;
  if (!ok) throw badUserInput(field, `must be ${inclusive ? `from ${min}` : `more than ${min}`} and at most ${max}${why ? ` (${why})` : ''}`);
  return value;
}

/** A calendar year within the range a domain accepts, so a typo like 20233 is caught. */
export function year(field: string, value: unknown, { from = 1900, to = 2100 }: { from?: number; to?: number } = {}): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < from || value > to) {
    throw badUserInput(field, `must be a year between ${from} and ${to}`);
  }
  return value;
}

/** Lists of keys (themes, organisations, criteria) name each entry once. */
export function distinct<T>(field: string, values: readonly T[] | null | undefined): T[] {
  const seen = new Set<T>();
  (values ?? []).forEach((value, i) => {
    if (seen.has(value)) throw badUserInput(`${field}[${i}]`, `lists ${String(value)} twice`);
    seen.add(value);
  });
  return [...(values ?? [])];
}

/** Whether a partial-update input mentions a field at all (null included: null clears it). */
export function given<T extends object>(input: T, key: keyof T): boolean {
  return Object.prototype.hasOwnProperty.call(input, key);
}

/**
 * A patch: the checked values of only the fields an update input mentions. `checks` maps an input field
 * to its check, which gets the value and the field's path; fields the input leaves out stay out of the
 * result, so the stored values are kept. A check may refuse null for a field that cannot be cleared.
 */
export function patch<I extends object, C extends { [K in keyof I]?: (value: I[K], field: string) => unknown }>(
  input: I,
  checks: C,
  prefix = 'input',
): { [K in keyof C]?: C[K] extends (...args: never[]) => infer R ? R : never } {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(checks) as (keyof I & string)[]) {
    if (given(input, key)) out[key] = (checks[key] as (value: unknown, field: string) => unknown)(input[key], `${prefix}.${key}`);
  }
  return out as { [K in keyof C]?: C[K] extends (...args: never[]) => infer R ? R : never };
}

/** Refuses null for a field an update may change but not clear (a name, a kind). */
export function notCleared<T>(field: string, value: T | null | undefined): T {
  if (value === null || value === undefined) throw badUserInput(field, 'cannot be cleared');
  return value;
}

/** Today in the Netherlands as YYYY-MM-DD: a date recorded after 22:00 UTC in summer is already tomorrow there. */
export function today(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(now);
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A month as `YYYY-MM`, returned as the first day of that month (how months are stored). */
export function month(field: string, value: unknown, message = 'must be a month as YYYY-MM'): string {
  if (typeof value !== 'string' || !MONTH.test(value)) throw badUserInput(field, message);
  return `${value}-01`;
}

/**
 * Dates (YYYY-MM-DD strings, already checked by the Date scalar) in order: `date` must not lie before
 * `earliest` nor after `latest`, each named in the message (`lies before the date of issue`).
 * ISO dates compare as text.
 */
export function dateWithin(field: string, date: string, { earliest, latest }: { earliest?: [string | null | undefined, string]; latest?: [string | null | undefined, string] }): string {
  if (earliest?.[0] && date < earliest[0]) throw badUserInput(field, `lies before ${earliest[1]}`);
  if (latest?.[0] && date > latest[0]) throw badUserInput(field, `lies after ${latest[1]}`);
  return date;
}

/** A date that records a fact, not a plan: not after today. */
export function notInFuture(field: string, date: string, now = today()): string {
  if (date > now) throw badUserInput(field, `must not be in the future (after ${now})`);
  return date;
}
