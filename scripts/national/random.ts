import { seededRandom } from '@kansrijk/demo';

/**
 * The national data set's randomness: fixed seeds only, so the same scale gives the same rows on every
 * run and machine. Every stream is keyed by what it is for and by municipality, so one municipality's
 * rows never depend on another's (or on how many municipalities came before it).
 */
const SEED = 0x4e4c3235; // "NL25"

export type Random = () => number;

export function streamFor(key: string): Random {
  let h = SEED;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return seededRandom(h);
}

/** A standard normal draw (Box-Muller). */
export function normal(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Lognormal weights with median 1: uneven sizes without the extremes of a geometric series. */
export function lognormalWeights(random: Random, count: number, sigma: number): number[] {
  return Array.from({ length: count }, () => Math.exp(sigma * normal(random)));
}

/** Picks items in proportion to their weights, from one uniform draw. */
export function weightedPicker<T>(items: readonly T[], weights: readonly number[]): (draw: number) => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += w));
  return (draw) => {
    const target = draw * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return items[lo];
  };
}

/**
 * Pseudonyms in the children subgraph's format (a capital and 10 hex digits) that are unique without
 * remembering the ones handed out: (municipality, sequence number) goes through a keyed 40-bit Feistel
 * permutation, a bijection, so distinct inputs give distinct ids that look random. A set of millions
 * of ids would cost hundreds of MB at scale 10.
 */
export function pseudonyms(prefix: string, key: number): (municipalityIndex: number, sequence: number) => string {
  const HALF = 0x100000; // 2^20
  const round = (x: number, r: number) => {
    let h = Math.imul(x ^ (key + r * 0x9e3779b9), 0x45d9f3b);
    h ^= h >>> 16;
    h = Math.imul(h, 0x45d9f3b);
    h ^= h >>> 16;
    return h & (HALF - 1);
  };
  return (municipalityIndex, sequence) => {
    if (municipalityIndex >= 512 || sequence >= 2 ** 31) throw new Error('pseudonym input out of range');
    const value = municipalityIndex * 2 ** 31 + sequence;
    let left = Math.floor(value / HALF);
    let right = value % HALF;
    for (let r = 0; r < 4; r++) [left, right] = [right, left ^ round(right, r)];
    return prefix + (left * HALF + right).toString(16).toUpperCase().padStart(10, '0');
  };
}
