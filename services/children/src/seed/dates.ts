/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), in whole days and independent of the machine's
 * time zone. Plain integer arithmetic (H. Hinnant's civil-date algorithms) instead of `Date`
 * parsing, which made generating the demo children several times slower.
 */
type Civil = [year: number, month: number, day: number];

function parse(date: string): Civil {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function format([y, m, d]: Civil): string {
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Days since 1970-01-01. */
function toDayNumber([y, m, d]: Civil): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): Civil {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

function daysInMonth(y: number, m: number): number {
  return toDayNumber(m === 12 ? [y + 1, 1, 1] : [y, m + 1, 1]) - toDayNumber([y, m, 1]);
}

export function addDays(date: string, days: number): string {
  return format(fromDayNumber(toDayNumber(parse(date)) + days));
}

/** The same day n months later, or the month's last day when it is shorter. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parse(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return format([year, month, Math.min(d, daysInMonth(year, month))]);
}

export function daysBetween(from: string, to: string): number {
  return toDayNumber(parse(to)) - toDayNumber(parse(from));
}

export function laterOf(a: string, b: string): string {
  return a >= b ? a : b;
}

export function firstOfMonth(year: number, monthIndex: number): string {
  return format([year, monthIndex + 1, 1]);
}
