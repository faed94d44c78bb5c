import { seededRandom, type Count } from '@kansrijk/kit';
import { cellRate, suppressBreakdown } from '../suppression';
import { recoverable, shown } from './attacker';

describe('suppressBreakdown: primary and secondary suppression (pure)', () => {
  it('publishes a breakdown without small cells as it is', () => {
    expect(shown(suppressBreakdown([0, 5, 12], true))).toEqual(['0', '5', '12']);
  });

  it('suppresses 1-4 as "<5" and, under a published total, the next-smallest non-zero cell as "x"', () => {
    expect(shown(suppressBreakdown([3, 0, 40, 9, 12], true))).toEqual(['<5', '0', '40', 'x', '12']);
  });

  it('does not add secondary suppression when the total is not published', () => {
    expect(shown(suppressBreakdown([3, 40, 9], false))).toEqual(['<5', '40', '9']);
  });

  it('suppresses more cells when one more would still pin a value (1 and 5 under 6 + a large cell)', () => {
    // 1 + 5 = 6 with "x" at least 5 would pin the "<5" to 1: the next cell goes too.
    expect(shown(suppressBreakdown([1, 5, 30], true))).toEqual(['<5', 'x', 'x']);
  });

  it('withholds the whole breakdown, zeros included, when nothing else protects it', () => {
    expect(shown(suppressBreakdown([1, 1, 1, 1, 1, 0], true))).toEqual(['x', 'x', 'x', 'x', 'x', 'x']);
  });

  it('leaves no withheld cell recoverable from the total, the other cells and the labels (random tables)', () => {
    const random = seededRandom(20231001);
    let tables = 0;
    for (let t = 0; t < 400; t++) {
      const size = 2 + Math.floor(random() * 3);
      const values = Array.from({ length: size }, () => (random() < 0.5 ? Math.floor(random() * 5) : Math.floor(random() * 14)));
      const total = values.reduce((a, b) => a + b, 0);
      if (total > 0 && total < 5) continue; // the total itself is suppressed: nothing to subtract from
      const published = suppressBreakdown(values, true);
      if (!published.some((c) => c.suppressed)) continue;
      tables++;
      expect({ values, recovered: recoverable(published, total) }).toEqual({ values, recovered: [] });
    }
    expect(tables).toBeGreaterThan(100);
  });

  it('has an attacker that does recover cells from primary suppression alone (the check can fail)', () => {
    expect(recoverable(suppressBreakdown([3, 40, 9], false), 52)).toEqual([0]);
    expect(recoverable(suppressBreakdown([4, 4, 4], false), 12)).toEqual([0, 1, 2]);
  });
});

describe('cellRate', () => {
  const c = (value: number | null): Count => ({ value, suppressed: value === null, label: value === null ? 'x' : String(value) });
  it('publishes only over published cells and a denominator of at least 10', () => {
    expect(cellRate(c(6), c(12))).toEqual({ value: 0.5, suppressed: false });
    expect(cellRate(c(null), c(12))).toEqual({ value: null, suppressed: true });
    expect(cellRate(c(6), c(null))).toEqual({ value: null, suppressed: true });
    expect(cellRate(c(6), c(9))).toEqual({ value: null, suppressed: true });
  });
});
