/** Dutch number formats (nl-NL): 1.234, 78,5%, € 1.943.621,00. Money stays exact: decimal strings, never floats. */
export interface CountValue {
  value: number | null;
  suppressed: boolean;
  label: string;
}
export interface RateValue {
  value: number | null;
  suppressed: boolean;
}

const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('nl-NL', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const formatInteger = (n: number) => integer.format(n);

/** What a count cell shows: the number, or the API's label for a withheld one (`<5`, `x`, `.`). */
export function countText(count: CountValue): string {
  return count.value == null ? count.label : integer.format(count.value);
}

/** A rate as a percentage; `x` when withheld, `.` when there is no figure. */
export function rateText(rate: RateValue): string {
  if (rate.value == null) return rate.suppressed ? 'x' : '.';
  return percent.format(rate.value);
}

export const isWithheld = (cell: CountValue | RateValue) => cell.value == null;

/** `"1943621.00"` → `€ 1.943.621,00`, digit for digit (BigInt for the euros, the cents as they are). */
export function formatMoney(amount: string | null | undefined): string {
  if (amount == null) return '';
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(amount);
  if (!match) return amount;
  const [, sign, euros, cents = '00'] = match;
  return `${sign === '-' ? '−' : ''}€ ${BigInt(euros).toLocaleString('nl-NL')},${cents.padEnd(2, '0')}`;
}

/** Cents as a BigInt, to add money exactly. */
export function cents(amount: string | null | undefined): bigint {
  if (!amount) return 0n;
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(amount);
  if (!match) return 0n;
  const value = BigInt(match[2]) * 100n + BigInt((match[3] ?? '0').padEnd(2, '0'));
  return match[1] === '-' ? -value : value;
}

export function centsToAmount(value: bigint): string {
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** For a chart only (an axis, a bar): money as a number of euros. Tables show the exact amount. */
export const euros = (amount: string | null | undefined) => (amount ? Number(amount) : 0);

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
}
