import { count, rate } from '../counts';

describe('small-count suppression', () => {
  it('publishes 0 and 5+, suppresses 1-4 as "<5"', () => {
    expect(count(0)).toEqual({ value: 0, suppressed: false, label: '0' });
    for (const n of [1, 2, 3, 4]) expect(count(n)).toEqual({ value: null, suppressed: true, label: '<5' });
    expect(count(5)).toEqual({ value: 5, suppressed: false, label: '5' });
    expect(() => count(-1)).toThrow(RangeError);
  });

  it('publishes a rate only over published counts and a denominator of at least 10', () => {
    expect(rate(9, 10)).toEqual({ value: 0.9, suppressed: false });
    expect(rate(5, 9)).toEqual({ value: null, suppressed: true });
    expect(rate(3, 20)).toEqual({ value: null, suppressed: true });
    expect(rate(20, 23)).toEqual({ value: 0.8696, suppressed: false });
    expect(rate(0, 10)).toEqual({ value: 0, suppressed: false });
  });
});
