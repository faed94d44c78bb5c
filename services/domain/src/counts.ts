/**
 * Small-count protection, as the contract and Dutch publication practice require: DUO publishes
 * 1-4 as "<5", CBS publishes nothing for groups of 5 or fewer. A count of 0 reveals nobody and is
 * published; so is every count of 5 or more.
 */
export interface Count {
  value: number | null;
  suppressed: boolean;
  label: string;
}

export interface Rate {
  value: number | null;
  suppressed: boolean;
}

export const SMALLEST_PUBLISHED = 5;
/** A rate is meaningless, and too revealing, over a tiny group. */
export const SMALLEST_RATE_DENOMINATOR = 10;

export function isSmall(n: number): boolean {
  return n >= 1 && n < SMALLEST_PUBLISHED;
}

export function count(n: number): Count {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`A count must be a whole number >= 0, got ${n}`);
  return isSmall(n) ? { value: null, suppressed: true, label: '<5' } : { value: n, suppressed: false, label: String(n) };
}

/** A fraction between 0 and 1, published only when both counts are and the denominator is at least 10. */
export function rate(numerator: number, denominator: number): Rate {
  const publishable =
    !isSmall(numerator) && !isSmall(denominator) && denominator >= SMALLEST_RATE_DENOMINATOR && numerator <= denominator;
  if (!publishable) return { value: null, suppressed: true };
  return { value: Math.round((numerator / denominator) * 10000) / 10000, suppressed: false };
}
