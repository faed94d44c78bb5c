import { seededRandom } from '@kansrijk/demo';
import { complete, locationCell, neighbourhoodCell, reasonCell, type Cells } from '../figures/cells';
import type { Knowledge } from '../figures/protect';
import { NON_PARTICIPATION_REASONS } from '../entities';

/** One simulated child, as the figures count it. */
export interface SimulatedChild {
  /** A toddler on the reference date, or a child of the norm cohort. */
  cohort: boolean;
  neighbourhood: string | null;
  socialMedical: boolean;
  /** 0 indicated, 1 referred, 2 registered, 3 placed. */
  stage: number;
  /** Where it is placed (toddler) or was last placed (norm cohort); null when not placed. */
  location: string | null;
  reason: string | null;
  fromTwoAndAHalf: boolean;
  onTrack: boolean;
  reached: boolean;
}

export interface RandomPublication {
  cells: Cells;
  knowledge: Record<string, Knowledge>;
}

export interface Size {
  toddlers: number;
  neighbourhoods: number;
  locations: number;
}

const STAGES = ['I', 'R', 'G', 'P'] as const;

/**
 * Children drawn one by one, so that every relation holds, as in the real computation: neighbourhoods
 * and locations of uneven size (some small), a funnel stage and a reason, and a norm cohort half as big.
 */
export function randomChildren(seed: number, size: Size): SimulatedChild[] {
  const random = seededRandom(seed);
  const pick = (n: number, skew: number) => {
    const weights = Array.from({ length: n }, (_, i) => skew ** i);
    let draw = random() * weights.reduce((a, b) => a + b, 0);
    let i = 0;
    while (i < n - 1 && draw >= weights[i]) draw -= weights[i++];
    return i;
  };
  const neighbourhood = () => {
    const i = pick(size.neighbourhoods, 0.75);
    return i === size.neighbourhoods - 1 && random() < 0.3 ? null : `WK9999${String(i + 1).padStart(2, '0')}`;
  };
  const location = () => `loc-${pick(size.locations, 0.85)}`;
  const out: SimulatedChild[] = [];
  for (let t = 0; t < size.toddlers; t++) {
    const placedAt = random() < 0.75 ? location() : null;
    const reasons = [...NON_PARTICIPATION_REASONS, null];
    const fromTwoAndAHalf = placedAt !== null && random() < 0.8;
    out.push({
      cohort: false,
      neighbourhood: neighbourhood(),
      socialMedical: random() < 0.08,
      stage: placedAt ? 3 : Math.floor(random() * 3),
      location: placedAt,
      reason: placedAt ? null : reasons[Math.floor(random() * reasons.length)],
      fromTwoAndAHalf,
      onTrack: fromTwoAndAHalf && random() < 0.6,
      reached: false,
    });
  }
  for (let c = 0; c < Math.round(size.toddlers / 2); c++) {
    out.push({ cohort: true, neighbourhood: neighbourhood(), socialMedical: false, stage: 0, location: location(), reason: null, fromTwoAndAHalf: false, onTrack: false, reached: random() < 0.5 });
  }
  return out;
}

/** The cells of a set of children, and what each organisation knows: the JGZ every child, a location its own. */
export function aggregate(children: readonly SimulatedChild[], locations: readonly string[] = []): RandomPublication {
  const cells: Cells = {};
  const knowledge: Record<string, Knowledge> = { jgz: { known: {}, exact: [] } };
  const ensure = (l: string) => (knowledge[l] ??= { known: {}, exact: [locationCell(l, 'P'), locationCell(l, 'C'), locationCell(l, 'N')] });
  locations.forEach(ensure);
  for (const child of children) {
    const who = child.location ? ['jgz', child.location] : ['jgz'];
    if (child.location) ensure(child.location);
    const add = (key: string) => {
      cells[key] = (cells[key] ?? 0) + 1;
      for (const o of who) knowledge[o].known[key] = (knowledge[o].known[key] ?? 0) + 1;
    };
    if (child.cohort) {
      add('C');
      add(neighbourhoodCell(child.neighbourhood, 'C'));
      add(locationCell(child.location!, 'C'));
      if (child.reached) {
        add('N');
        add(neighbourhoodCell(child.neighbourhood, 'N'));
        add(locationCell(child.location!, 'N'));
      }
      continue;
    }
    if (child.socialMedical) {
      add('S');
      if (child.location) add('SP');
      continue;
    }
    for (let s = 0; s <= child.stage; s++) {
      add(STAGES[s]);
      add(neighbourhoodCell(child.neighbourhood, STAGES[s]));
    }
    if (child.location) {
      add(locationCell(child.location, 'P'));
      if (child.fromTwoAndAHalf) add('E');
      if (child.onTrack) add('T');
    } else {
      add(reasonCell(child.reason));
    }
  }
  // The JGZ knows every child: it has nothing to learn and is no attacker (as compute.ts leaves it out).
  delete knowledge.jgz;
  return { cells: complete(cells), knowledge };
}

export function randomPublication(seed: number, size: Size): RandomPublication {
  return aggregate(randomChildren(seed, size));
}
