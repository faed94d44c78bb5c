import { SMALLEST_PUBLISHED, SMALLEST_RATE_DENOMINATOR, count, isSmall, type Count, type Rate } from '@kansrijk/kit';

/**
 * A count withheld to protect another cell (secundaire onderdrukking): it is 5 or more, so "<5"
 * would be untrue; "x" is the CBS sign for "geheim".
 */
export const SECONDARY: Count = { value: null, suppressed: true, label: 'x' };

type State = 'published' | 'primary' | 'secondary';

/**
 * The range an attacker can narrow each withheld cell to, knowing the total, the published cells and
 * this algorithm: a primary cell is 1-4; a secondary one is at least 5 and at most the smallest cell
 * left published (the smallest is always chosen). One sum constraint over boxes, so the interval
 * bounds below are exact. Returns whether any withheld cell is pinned to a single value.
 */
function someCellRecoverable(values: readonly number[], state: readonly State[], total: number): boolean {
  const published = values.filter((_, i) => state[i] === 'published');
  const rest = total - published.reduce((a, b) => a + b, 0);
  const smallestPublished = Math.min(...published.filter((v) => v > 0), rest);
  const hidden = state.flatMap((s, i) => (s === 'published' ? [] : [i]));
  const bounds = hidden.map((i) => (state[i] === 'primary' ? [1, SMALLEST_PUBLISHED - 1] : [SMALLEST_PUBLISHED, smallestPublished]));
  const low = bounds.reduce((a, [l]) => a + l, 0);
  const high = bounds.reduce((a, [, u]) => a + u, 0);
  return bounds.some(([l, u]) => {
    const lo = Math.max(l, rest - (high - u));
    const hi = Math.min(u, rest - (low - l));
    return lo >= hi;
  });
}

/**
 * Publishes the cells of a breakdown (a row of a table whose cells add up to `total`). Counts 1-4
 * are withheld ("<5"). When the total is published elsewhere, a single withheld cell could be
 * recomputed by subtraction, so the next-smallest non-zero cell is withheld too ("x"), and more
 * until no withheld cell can be pinned down from the total, the published cells and this rule.
 * If even withholding every non-zero cell is not enough (five cells of 1 under a total of 5), the
 * whole breakdown is withheld, zeros included.
 */
export function suppressBreakdown(values: readonly number[], totalPublished: boolean): Count[] {
  const total = values.reduce((a, b) => a + b, 0);
  const state: State[] = values.map((v) => (isSmall(v) ? 'primary' : 'published'));
  if (totalPublished && state.includes('primary')) {
    while (someCellRecoverable(values, state, total)) {
      let next = -1;
      values.forEach((v, i) => {
        if (state[i] === 'published' && v > 0 && (next === -1 || v < values[next])) next = i;
      });
      if (next === -1) return values.map(() => SECONDARY);
      state[next] = 'secondary';
    }
  }
  return values.map((v, i) => (state[i] === 'published' ? count(v) : state[i] === 'primary' ? count(v) : SECONDARY));
}

/** A rate over two cells as published: only when both are, and the denominator is at least 10. */
export function cellRate(numerator: Count, denominator: Count): Rate {
  if (numerator.value === null || denominator.value === null || denominator.value < SMALLEST_RATE_DENOMINATOR) {
    return { value: null, suppressed: true };
  }
  if (numerator.value > denominator.value) return { value: null, suppressed: true };
  return { value: Math.round((numerator.value / denominator.value) * 10000) / 10000, suppressed: false };
}
