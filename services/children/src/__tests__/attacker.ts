import type { Count } from '@kansrijk/kit';

export const shown = (cells: Count[]) => cells.map((c) => c.label);

/**
 * An attacker as statistical offices model one (protection intervals): knows the total, every
 * published cell and what the labels mean ("<5" is 1-4; "x" is 5 or more, since smaller cells say
 * "<5" and zeros are published, unless the whole breakdown is "x"), and tries every assignment of
 * the withheld cells that adds up. A cell is recovered when all such assignments agree on it.
 */
export function recoverable(published: readonly Count[], total: number): number[] {
  const hidden = published.flatMap((c, i) => (c.suppressed ? [i] : []));
  const allWithheld = published.every((c) => c.label === 'x');
  const known = published.reduce((a, c) => a + (c.value ?? 0), 0);
  const seen = hidden.map(() => new Set<number>());
  const values: number[] = [];
  const fits = (label: string, v: number) => (label === '<5' ? v >= 1 && v <= 4 : allWithheld || v >= 5);
  const assign = (k: number, left: number) => {
    if (k === hidden.length) {
      if (left === 0) values.forEach((v, j) => seen[j].add(v));
      return;
    }
    for (let v = 0; v <= left; v++) {
      if (!fits(published[hidden[k]].label, v)) continue;
      values[k] = v;
      assign(k + 1, left - v);
    }
  };
  assign(0, total - known);
  return hidden.filter((_, j) => seen[j].size === 1);
}

/**
 * The same attacker on tables too large to enumerate: with one sum constraint over boxes the
 * narrowest interval of each withheld cell follows from the others' bounds exactly.
 */
export function recoverableByIntervals(published: readonly Count[], total: number): number[] {
  const allWithheld = published.every((c) => c.label === 'x');
  const hidden = published.flatMap((c, i) => (c.suppressed ? [i] : []));
  const rest = total - published.reduce((a, c) => a + (c.value ?? 0), 0);
  const bounds = hidden.map((i) => (published[i].label === '<5' ? [1, 4] : [allWithheld ? 0 : 5, rest]));
  const low = bounds.reduce((a, [l]) => a + l, 0);
  const high = bounds.reduce((a, [, u]) => a + u, 0);
  return hidden.filter((_, j) => {
    const [l, u] = bounds[j];
    return Math.max(l, rest - (high - u)) >= Math.min(u, rest - (low - l));
  });
}
