import { neighbourhoodCell, type Cells } from '../figures/cells';
import { protect, type CellState, type Knowledge, type Release } from '../figures/protect';
import { render } from '../figures/publish';
import type { Basis } from '../figures/compute';
import { audit, type AuditedVersion } from './protection-audit';
import { aggregate, randomChildren, randomPublication, type SimulatedChild } from './random-publication';

const basisOf = (cells: Cells, knowledge: Record<string, Knowledge>): Basis => ({ code: 'GM9999', year: 2023, cells, hoursAttended: 0, knowledge, synthetic: true, empty: false });

/** Protects a version after the given releases and returns it as released. */
async function release(cells: Cells, knowledge: Record<string, Knowledge>, previous: AuditedVersion[] = []): Promise<AuditedVersion> {
  const protection = await protect({ cells, knowledge, previous: previous.map((v): Release => ({ cells: v.cells, states: v.states, knowledge: v.knowledge })) });
  expect(protection.withheldAll).toBe(false);
  const shown = render(basisOf(cells, knowledge), protection.states, false);
  return { ...shown, cells, states: protection.states, knowledge };
}

const count = (states: Record<string, CellState>, state: CellState) => Object.values(states).filter((s) => s === state).length;

describe('protection of a publication as one table (LP attacker from lp-attacker.ts)', () => {
  it('leaves no withheld count narrower than the range, for anyone or any organisation, on random tables', async () => {
    let attacked = 0;
    let secondary = 0;
    const sizes = [
      { toddlers: 25, neighbourhoods: 3, locations: 2 },
      { toddlers: 60, neighbourhoods: 4, locations: 4 },
      { toddlers: 150, neighbourhoods: 8, locations: 6 },
      { toddlers: 400, neighbourhoods: 12, locations: 20 },
    ];
    for (let seed = 1; seed <= 12; seed++) {
      const size = sizes[seed % sizes.length];
      const { cells, knowledge } = randomPublication(seed, size);
      const version = await release(cells, knowledge);
      secondary += count(version.states, 'withheld');
      const result = await audit([version], `seed ${seed}`);
      expect(result.unsound).toEqual([]);
      expect(result.violations).toEqual([]);
      attacked += result.attacked;
    }
    // Not vacuous: many withheld cells were attacked, and secondary suppression was needed.
    expect(attacked).toBeGreaterThan(200);
    expect(secondary).toBeGreaterThan(10);
  });

  it('has an attacker that breaks primary suppression alone (the audit can fail)', async () => {
    const { cells, knowledge } = randomPublication(3, { toddlers: 60, neighbourhoods: 4, locations: 4 });
    const naive = Object.fromEntries(Object.entries(cells).map(([k, x]): [string, CellState] => [k, x >= 1 && x <= 4 ? 'small' : 'published']));
    const shown = render(basisOf(cells, knowledge), naive, false);
    const result = await audit([{ ...shown, cells, states: naive, knowledge }], 'naive');
    expect(result.unsound).toEqual([]);
    expect(result.violations.length).toBeGreaterThan(3);
  });

  it('shows 1-4 as "<5", withholds a count an organisation knows all but 1-4 of, and publishes the rest exactly', async () => {
    const { cells, knowledge } = randomPublication(5, { toddlers: 150, neighbourhoods: 8, locations: 6 });
    const version = await release(cells, knowledge);
    for (const [key, x] of Object.entries(cells)) {
      const state = version.states[key];
      if (x >= 1 && x <= 4) expect({ key, state }).toEqual({ key, state: 'small' });
      const dominated = Object.values(knowledge).some((k) => !k.exact.includes(key) && x - (k.known[key] ?? 0) >= 1 && x - (k.known[key] ?? 0) <= 4);
      if (x >= 5 && dominated) expect({ key, state }).toEqual({ key, state: 'withheld' });
    }
    expect(version.figures.indicated.label).toMatch(/^(\d+|x)$/);
  });
});

/** Adds `n` toddlers placed at `location` in `neighbourhood` (what a partner recording them does). */
const placedToddlers = (n: number, neighbourhood: string, location: string): SimulatedChild[] =>
  Array.from({ length: n }, () => ({ cohort: false, neighbourhood, socialMedical: false, stage: 3, location, reason: null, fromTwoAndAHalf: true, onTrack: true, reached: false }));

describe('revisions: what a partner that writes records learns (insertion differencing)', () => {
  const size = { toddlers: 150, neighbourhoods: 8, locations: 6 };

  /** A neighbourhood whose placed count is "<5" and has children no location `l` placed. */
  function smallCell(children: SimulatedChild[], first: AuditedVersion) {
    for (const row of first.byNeighbourhood) {
      if (row.placed.label !== '<5' || row.neighbourhood === null) continue;
      const key = neighbourhoodCell(row.neighbourhood, 'P');
      const location = ['loc-0', 'loc-1', 'loc-2'].find((l) => (first.knowledge[l]?.known[key] ?? 0) === 0);
      if (location) return { neighbourhood: row.neighbourhood, key, location, before: first.cells[key] };
    }
    throw new Error('no "<5" neighbourhood cell without children of loc-0..2 in this table');
  }

  it.each([1, 3, 10])('recording %i toddlers in a "<5" cell tells the partner nothing about the old count', async (added) => {
    const children = randomChildren(11, size);
    const v1 = await release(aggregate(children).cells, aggregate(children).knowledge);
    const target = smallCell(children, v1);
    const after = aggregate([...children, ...placedToddlers(added, target.neighbourhood, target.location)]);
    const v2 = await release(after.cells, after.knowledge, [v1]);
    // The cell changed after it was withheld: it is guarded, shown "x" whatever its size now.
    expect(v2.states[target.key]).toBe('guarded');
    const row = v2.byNeighbourhood.find((n) => n.neighbourhood === target.neighbourhood)!;
    expect(row.placed.label).toBe('x');
    const result = await audit([v1, v2], `+${added}`);
    expect(result.unsound).toEqual([]);
    expect(result.violations).toEqual([]);
  });

  it('without the guard, the same attack recovers the old count (the test can fail)', async () => {
    const children = randomChildren(11, size);
    const v1 = await release(aggregate(children).cells, aggregate(children).knowledge);
    const target = smallCell(children, v1);
    const after = aggregate([...children, ...placedToddlers(10, target.neighbourhood, target.location)]);
    const v2 = await release(after.cells, after.knowledge, [v1]);
    // Publish the changed cell the way a table without history would: as its new value.
    const naive = { ...v2, states: { ...v2.states, [target.key]: 'published' as CellState } };
    const shown = render(basisOf(after.cells, after.knowledge), naive.states, false);
    const result = await audit([v1, { ...naive, ...shown }], 'no guard');
    expect(result.violations.some((v) => v.includes(target.location) && v.includes(`nbh:${target.neighbourhood}:placed`))).toBe(true);
  });

  it('keeps every cell withheld once withheld, and protects earlier versions as well as the new one', async () => {
    const children = randomChildren(21, size);
    const v1 = await release(aggregate(children).cells, aggregate(children).knowledge);
    // Other partners record too: a new toddler here and there, none in the same place twice.
    const more = [...children, ...placedToddlers(1, 'WK999901', 'loc-1'), ...placedToddlers(2, 'WK999903', 'loc-4')];
    const v2 = await release(aggregate(more).cells, aggregate(more).knowledge, [v1]);
    const v3 = await release(aggregate([...more, ...placedToddlers(6, 'WK999902', 'loc-2')]).cells, aggregate([...more, ...placedToddlers(6, 'WK999902', 'loc-2')]).knowledge, [v1, v2]);
    for (const [key, state] of Object.entries(v1.states)) if (state !== 'published') expect({ key, v3: v3.states[key] !== 'published' }).toEqual({ key, v3: true });
    const result = await audit([v1, v2, v3], 'three versions');
    expect(result.unsound).toEqual([]);
    expect(result.violations).toEqual([]);
  });
});
