/**
 * The LP attacker (lp-attacker.ts) on tables whose answer is known by hand, on revisions, with an organisation
 * that knows some children itself, and on random tables (soundness against the truth, exactness against brute
 * force). Pure: no database.
 */
import { seededRandom } from '@kansrijk/demo';
import {
  attack,
  cellId,
  cellsOf,
  formatFindings,
  naive,
  narrowest,
  type NEIGHBOURHOOD_FIELDS,
  publish,
  relationsOf,
  valuesOf,
  violations,
  type AttackInput,
  type AttackStats,
  type Finding,
  type Shown,
  type TrueTable,
  type Version,
} from './lp-attacker';

// ---------------------------------------------------------------------------------------------------
// Building true tables by hand

const REASONS = ['MOVED', 'PARENTS_DECLINED', 'NO_PLACE', 'WAITING', 'OTHER_CARE', 'UNREACHABLE', null] as const;

/** [indicated, referred, registered, placed, normCohort, normAchieved] */
type NbhRow = [number, number, number, number, number, number];

/**
 * A true table from its neighbourhood rows ('-' is the null neighbourhood); the totals are their sums. Locations
 * default to one location 'L' with everything; reasons default to all of indicated - placed under the null reason.
 * Throws when the table breaks a relation, so a hand-made case cannot silently be impossible.
 */
function build(spec: {
  nbh: Record<string, NbhRow>;
  loc?: Record<string, [placed: number, normCohort: number, normAchieved: number]>;
  reasons?: Partial<Record<string, number>>;
  fromTwoAndAHalf?: number;
  onTrack?: number;
  socialMedicalIndicated?: number;
  socialMedicalPlaced?: number;
}): TrueTable {
  const byNeighbourhood = Object.entries(spec.nbh).map(([name, r]) => ({
    neighbourhood: name === '-' ? null : name,
    indicated: r[0], referred: r[1], registered: r[2], placed: r[3], normCohort: r[4], normAchieved: r[5],
  }));
  const sum = (f: (typeof NEIGHBOURHOOD_FIELDS)[number]) => byNeighbourhood.reduce((a, r) => a + r[f], 0);
  const totals = {
    indicated: sum('indicated'), referred: sum('referred'), registered: sum('registered'), placed: sum('placed'),
    normCohort: sum('normCohort'), normAchieved: sum('normAchieved'),
    fromTwoAndAHalf: spec.fromTwoAndAHalf ?? 0, onTrack: spec.onTrack ?? 0,
    socialMedicalIndicated: spec.socialMedicalIndicated ?? 0, socialMedicalPlaced: spec.socialMedicalPlaced ?? 0,
  };
  const loc = spec.loc ?? { L: [totals.placed, totals.normCohort, totals.normAchieved] };
  const byLocation = Object.entries(loc).map(([location, r]) => ({ location, placed: r[0], normCohort: r[1], normAchieved: r[2] }));
  const reasons = spec.reasons ?? { '-': totals.indicated - totals.placed };
  const nonParticipation = REASONS.map((reason) => ({ reason, count: reasons[reason ?? '-'] ?? 0 }));
  const truth: TrueTable = { totals, nonParticipation, byNeighbourhood, byLocation };
  const broken = violations(truth);
  if (broken.length) throw new Error(`hand-made table breaks relations:\n${broken.join('\n')}`);
  return truth;
}

/**
 * Publishes a true table with the given cells withheld and everything else shown. Checks the labels against the
 * truth ('<5' is 1..4, 'x' is >= 5 unless the cell is size-free) so a test cannot rest on a label that lies.
 */
function show(truth: TrueTable, hidden: Record<string, '<5' | 'x'>, sizeFree: ReadonlySet<string> = new Set()): Version {
  const values = valuesOf(truth);
  for (const [id, label] of Object.entries(hidden)) {
    const v = values.get(id);
    if (v === undefined) throw new Error(`no cell ${id}`);
    if (label === '<5' && !(v >= 1 && v <= 4)) throw new Error(`${id} = ${v} cannot be '<5'`);
    if (label === 'x' && v < 5 && !sizeFree.has(id)) throw new Error(`${id} = ${v} cannot be 'x'`);
  }
  return { table: publish(truth, (id) => hidden[id] ?? 'shown'), sizeFree };
}

/** The strongest attacker's links: a cell is unchanged when its true value equals the one at the last version. */
function linksFrom(truths: TrueTable[]): (cell: string, version: number) => boolean {
  const values = truths.map(valuesOf);
  const last = values[values.length - 1];
  return (cell, version) => values[version].get(cell) === (last.get(cell) ?? 0);
}

function find(findings: Finding[], cell: string, version?: number): Finding {
  const lastVersion = Math.max(...findings.map((f) => f.version));
  const found = findings.find((f) => f.cell === cell && f.version === (version ?? lastVersion));
  if (!found) throw new Error(`no finding for ${cell} at version ${version ?? lastVersion}:\n${formatFindings(findings)}`);
  return found;
}

const range = (f: Finding) => [f.min, f.max];

// ---------------------------------------------------------------------------------------------------
// Random true tables

/** A random table that satisfies relations 1-5: rows are drawn funnel-first, totals summed, then split over locations and reasons. */
function randomTruth(rand: () => number, shape: { neighbourhoods: number; locations: number; max: number }): TrueTable {
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  /** total spread over parts at random, each part at most cap[i]. */
  const split = (total: number, parts: number, cap?: number[]) => {
    const out = new Array<number>(parts).fill(0);
    for (let unit = 0; unit < total; unit++) {
      const open = out.map((_, i) => i).filter((i) => !cap || out[i] < cap[i]);
      out[open[int(0, open.length - 1)]]++;
    }
    return out;
  };
  const nbh: Record<string, NbhRow> = {};
  for (let i = 0; i < shape.neighbourhoods; i++) {
    const indicated = int(0, shape.max);
    const referred = int(0, indicated);
    const registered = int(0, referred);
    const placed = int(0, registered);
    const normCohort = int(0, shape.max);
    // The last neighbourhood is sometimes the null one (children without a known neighbourhood).
    nbh[i === shape.neighbourhoods - 1 && rand() < 0.3 ? '-' : `WK${String(i).padStart(4, '0')}`] = [indicated, referred, registered, placed, normCohort, int(0, normCohort)];
  }
  const rows = Object.values(nbh);
  const placed = rows.reduce((a, r) => a + r[3], 0);
  const cohort = rows.reduce((a, r) => a + r[4], 0);
  const achieved = rows.reduce((a, r) => a + r[5], 0);
  const indicated = rows.reduce((a, r) => a + r[0], 0);
  const placedL = split(placed, shape.locations);
  const cohortL = split(cohort, shape.locations);
  const achievedL = split(achieved, shape.locations, cohortL);
  const loc: Record<string, [number, number, number]> = {};
  for (let j = 0; j < shape.locations; j++) loc[`LOC${j}`] = [placedL[j], cohortL[j], achievedL[j]];
  const reasonCounts = split(indicated - placed, REASONS.length);
  const reasons: Record<string, number> = {};
  REASONS.forEach((r, k) => (reasons[r ?? '-'] = reasonCounts[k]));
  const fromTwoAndAHalf = int(0, placed);
  const socialMedicalIndicated = int(0, shape.max);
  return build({ nbh, loc, reasons, fromTwoAndAHalf, onTrack: int(0, fromTwoAndAHalf), socialMedicalIndicated, socialMedicalPlaced: int(0, socialMedicalIndicated) });
}

/** A revision: one more child somewhere in the funnel of one neighbourhood (and so in the totals, a location or a reason). */
function revise(rand: () => number, truth: TrueTable): TrueTable {
  const next: TrueTable = structuredClone(truth);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const row = pick(next.byNeighbourhood);
  const depth = Math.floor(rand() * 4); // 0: only indicated ... 3: up to placed
  const funnel = ['indicated', 'referred', 'registered', 'placed'] as const;
  for (let k = 0; k <= depth; k++) {
    row[funnel[k]]++;
    next.totals[funnel[k]]++;
  }
  if (depth === 3) pick(next.byLocation).placed++;
  else pick(next.nonParticipation).count++;
  if (rand() < 0.5) {
    row.normCohort++;
    next.totals.normCohort++;
    pick(next.byLocation).normCohort++;
  }
  const broken = violations(next);
  if (broken.length) throw new Error(broken.join('\n'));
  return next;
}

/** Withheld cells must each contain the truth; fails with the offending findings listed. */
function expectSound(findings: Finding[], truths: TrueTable[]) {
  const values = truths.map(valuesOf);
  const { outside } = narrowest(findings, { truth: (cell, v) => values[v].get(cell) });
  expect(formatFindings(outside)).toBe('');
}

// ---------------------------------------------------------------------------------------------------

describe('cell ids and relations', () => {
  const truth = build({ nbh: { WK055601: [5, 4, 3, 2, 6, 1], '-': [2, 2, 1, 1, 0, 0] }, loc: { 'Peuterspeelzaal De Egel': [3, 6, 1] }, reasons: { MOVED: 2, '-': 2 } });

  it('gives every cell a stable id, the null neighbourhood and reason as "-"', () => {
    const ids = cellsOf(publish(truth, naive)).map((c) => c.id);
    expect(ids).toHaveLength(10 + 7 + 2 * 6 + 3);
    expect(ids).toEqual(expect.arrayContaining(['total:indicated', 'total:socialMedicalPlaced', 'nbh:WK055601:placed', 'nbh:-:placed', 'loc:Peuterspeelzaal De Egel:normCohort', 'reason:MOVED', 'reason:-']));
    expect(new Set(ids).size).toBe(ids.length);
    expect(cellId.neighbourhood(null, 'referred')).toBe('nbh:-:referred');
  });

  it('refuses a table where two cells would share an id', () => {
    const table = publish(truth, naive);
    expect(() => cellsOf({ ...table, byLocation: [...table.byLocation, table.byLocation[0]] })).toThrow(/duplicate cell/);
    expect(() => cellsOf({ ...table, byNeighbourhood: [{ ...table.byNeighbourhood[0], neighbourhood: '-' }] })).toThrow(/collides/);
  });

  it('holds on generated tables and catches a broken one', () => {
    const rand = seededRandom(7);
    for (let i = 0; i < 50; i++) expect(violations(randomTruth(rand, { neighbourhoods: 3, locations: 2, max: 15 }))).toEqual([]);
    const broken: TrueTable = structuredClone(truth);
    broken.byNeighbourhood[0].placed = 4; // more placed than registered, and the sums no longer add up
    expect(violations(broken)).toEqual(expect.arrayContaining([expect.stringMatching(/WK055601: placed <= registered/), expect.stringMatching(/neighbourhoods sum to placed/)]));
    expect(relationsOf(truth).filter((r) => r.lower === r.upper)).toHaveLength(6 + 3 + 1); // the sums
  });
});

describe('hand-made tables with a known answer', () => {
  it('recovers a single "<5" among published cells under a published total', async () => {
    const truth = build({ nbh: { A: [10, 8, 6, 3, 5, 2], B: [7, 7, 7, 7, 0, 0] } });
    const findings = await attack({ versions: [show(truth, { 'nbh:A:placed': '<5' })] });
    expect(findings).toHaveLength(1);
    expect(range(find(findings, 'nbh:A:placed'))).toEqual([3, 3]);
    expect(narrowest(findings).narrow).toHaveLength(1);
  });

  it('two "<5" cells [3, 1] under a published total of 4 are each 1..3; [4, 4] under 8 are both recovered', async () => {
    const low = build({ nbh: { A: [10, 10, 10, 3, 0, 0], B: [10, 10, 10, 1, 0, 0] } });
    let findings = await attack({ versions: [show(low, { 'nbh:A:placed': '<5', 'nbh:B:placed': '<5' })] });
    expect(range(find(findings, 'nbh:A:placed'))).toEqual([1, 3]);
    expect(range(find(findings, 'nbh:B:placed'))).toEqual([1, 3]);
    expect(narrowest(findings).narrow).toHaveLength(2); // a width of 2 is less than the protection range 3

    const high = build({ nbh: { A: [10, 10, 10, 4, 0, 0], B: [10, 10, 10, 4, 0, 0] } });
    findings = await attack({ versions: [show(high, { 'nbh:A:placed': '<5', 'nbh:B:placed': '<5' })] });
    expect(findings.map(range)).toEqual([[4, 4], [4, 4]]);

    // With the total (and its copies) withheld as well, the sum is only known to be <= 4: A and B stay 1..3.
    findings = await attack({ versions: [show(low, { 'nbh:A:placed': '<5', 'nbh:B:placed': '<5', 'total:placed': '<5', 'loc:L:placed': '<5', 'reason:-': 'x' })] });
    expect(range(find(findings, 'nbh:A:placed'))).toEqual([1, 3]); // total <= 4 and B >= 1
    expect(range(find(findings, 'total:placed'))).toEqual([2, 4]);
  });

  it('the funnel: a row with placed "<5" and registered 2 pins placed to 1..2', async () => {
    // Placed is withheld everywhere it adds up (total, location, and the reason that carries indicated - placed).
    const truth = build({ nbh: { A: [3, 2, 2, 2, 0, 0], B: [12, 10, 9, 7, 0, 0] }, reasons: { MOVED: 6 } });
    const findings = await attack({ versions: [show(truth, { 'nbh:A:placed': '<5', 'nbh:B:placed': 'x', 'total:placed': 'x', 'loc:L:placed': 'x', 'reason:MOVED': 'x' })] });
    expect(range(find(findings, 'nbh:A:placed'))).toEqual([1, 2]);
    expect(range(find(findings, 'nbh:B:placed'))).toEqual([5, 9]); // registered 9 above; total = 15 - MOVED <= 10 and A >= 1 below
    expect(range(find(findings, 'total:placed'))).toEqual([6, 10]);
  });

  it('the reasons: a "<5" reason is pinned when indicated, placed and the other reasons are published', async () => {
    const truth = build({ nbh: { A: [10, 8, 6, 4, 0, 0] }, reasons: { MOVED: 3, PARENTS_DECLINED: 1, '-': 2 } });
    const findings = await attack({ versions: [show(truth, { 'reason:MOVED': '<5' })] });
    expect(range(find(findings, 'reason:MOVED'))).toEqual([3, 3]);
    // Without the published placed total (and its copies) the reason is only bounded.
    const open = await attack({ versions: [show(truth, { 'reason:MOVED': '<5', 'total:placed': '<5', 'nbh:A:placed': '<5', 'loc:L:placed': '<5' })] });
    expect(range(find(open, 'reason:MOVED'))).toEqual([3, 4]); // MOVED = 10 - placed - 1 - 2 with placed in 1..4
  });

  it('a location row is recovered from the placed total', async () => {
    const truth = build({ nbh: { A: [10, 9, 8, 8, 5, 3] }, loc: { L1: [2, 1, 0], L2: [6, 4, 3] } });
    const findings = await attack({ versions: [show(truth, { 'loc:L1:placed': '<5', 'loc:L1:normCohort': '<5' })] });
    expect(range(find(findings, 'loc:L1:placed'))).toEqual([2, 2]);
    expect(range(find(findings, 'loc:L1:normCohort'))).toEqual([1, 1]);
  });

  it('an unbounded cell has max Infinity, and contradictory inputs are refused', async () => {
    const truth = build({ nbh: { A: [10, 9, 8, 8, 0, 0] }, socialMedicalIndicated: 9, socialMedicalPlaced: 3 });
    const findings = await attack({ versions: [show(truth, { 'total:socialMedicalIndicated': 'x' })] });
    expect(range(find(findings, 'total:socialMedicalIndicated'))).toEqual([5, Infinity]);

    const lying = show(truth, {});
    lying.table.byNeighbourhood[0].placed = { value: 7, suppressed: false, label: '7' }; // the total says 8
    await expect(attack({ versions: [lying] })).rejects.toThrow(/inconsistent inputs/);
  });

  it('a fractional LP from the relations themselves: integer programming gives the tighter bound', async () => {
    // Found by random search and reduced by hand; two versions, one child added in A and placed.
    //   v0: referred 3 = A.referred + s;  v1: referred 4 = A.referred' + s   (s = B.referred, unchanged)
    //   v1: indicated 10 - placed p = 5 + u;  v0: indicated T = 5 + u and T = A.indicated + 6 (u = UNREACHABLE, unchanged)
    // so p <= A.referred' = 4 - s and A.referred = 3 - s <= A.indicated = 4 - p, with s in 1..2 (A.registered >= 1):
    // p <= min(4 - s, 1 + s), which the LP maximises at s = 1.5 (p = 2.5, T = 7.5) and integers at p = 2 (T = 8).
    const v0 = build({ nbh: { A: [3, 2, 2, 0, 0, 0], B: [6, 1, 0, 0, 0, 0] }, reasons: { UNREACHABLE: 4, MOVED: 5 } });
    const v1 = build({ nbh: { A: [4, 3, 3, 1, 0, 0], B: [6, 1, 0, 0, 0, 0] }, reasons: { UNREACHABLE: 4, MOVED: 5 } });
    const input: AttackInput = {
      versions: [
        show(v0, { 'total:indicated': 'x', 'total:registered': '<5', 'nbh:A:indicated': '<5', 'nbh:A:referred': '<5', 'nbh:A:registered': '<5', 'nbh:B:referred': '<5', 'reason:UNREACHABLE': '<5' }),
        show(v1, { 'total:registered': '<5', 'total:placed': '<5', 'nbh:A:indicated': '<5', 'nbh:A:referred': '<5', 'nbh:A:registered': '<5', 'nbh:A:placed': '<5', 'nbh:B:referred': '<5', 'reason:UNREACHABLE': '<5', 'loc:L:placed': '<5' }),
      ],
      unchanged: linksFrom([v0, v1]),
    };
    const stats = {} as AttackStats;
    const findings = await attack(input, stats);
    const indicated = find(findings, 'total:indicated', 0);
    expect(range(indicated)).toEqual([8, 9]);
    expect(indicated.method).toBe('mip');
    expect(indicated.relaxed![0]).toBeCloseTo(7.5, 6);
    const placed = find(findings, 'total:placed', 1);
    expect(range(placed)).toEqual([1, 2]);
    expect(placed.relaxed![1]).toBeCloseTo(2.5, 6);
    expect(stats.mipSolves).toBeGreaterThan(0);
    expectSound(findings, [v0, v1]);
  });
});

describe('revisions', () => {
  // v0: A.placed = 4 ('<5'); v1: one more child in A, A.placed = 5 ('x'); B.placed = 10 ('x') in both; totals 14 -> 15.
  // B.registered is 13, so in v0 alone B is 5..13 and A = 14 - B is 1..4: nothing given away by one version.
  const v0 = build({ nbh: { A: [6, 6, 6, 4, 0, 0], B: [15, 14, 13, 10, 0, 0] } });
  const v1 = build({ nbh: { A: [7, 7, 7, 5, 0, 0], B: [15, 14, 13, 10, 0, 0] } });

  it('a "<5" that becomes "x" while the total goes up by 1 gives away its old value (4)', async () => {
    const findings = await attack({ versions: [show(v0, { 'nbh:A:placed': '<5', 'nbh:B:placed': 'x' }), show(v1, { 'nbh:A:placed': 'x', 'nbh:B:placed': 'x' })], unchanged: linksFrom([v0, v1]) });
    expect(range(find(findings, 'nbh:A:placed', 0))).toEqual([4, 4]);
    expect(range(find(findings, 'nbh:A:placed', 1))).toEqual([5, 5]);
    expect(range(find(findings, 'nbh:B:placed', 0))).toEqual([10, 10]);
  });

  it('not when the changed cell is size-free in the revision (its "x" may hide any count)', async () => {
    const sizeFree = new Set(['nbh:A:placed']);
    const findings = await attack({ versions: [show(v0, { 'nbh:A:placed': '<5', 'nbh:B:placed': 'x' }), show(v1, { 'nbh:A:placed': 'x', 'nbh:B:placed': 'x' }, sizeFree)], unchanged: linksFrom([v0, v1]) });
    expect(range(find(findings, 'nbh:A:placed', 0))).toEqual([1, 4]);
    expect(range(find(findings, 'nbh:A:placed', 1))).toEqual([2, 5]);
    expect(range(find(findings, 'nbh:B:placed', 1))).toEqual([10, 13]);
  });

  it('nor without the links (each version on its own)', async () => {
    const findings = await attack({ versions: [show(v0, { 'nbh:A:placed': '<5', 'nbh:B:placed': 'x' }), show(v1, { 'nbh:A:placed': 'x', 'nbh:B:placed': 'x' })] });
    expect(range(find(findings, 'nbh:A:placed', 0))).toEqual([1, 4]);
    expect(range(find(findings, 'nbh:A:placed', 1))).toEqual([5, 7]); // A.registered is 7
  });

  it('a cell published in an earlier version and unchanged is known in the current one', async () => {
    const versions = [show(v0, { 'nbh:A:placed': '<5' }), show(v1, { 'nbh:A:placed': 'x', 'nbh:B:placed': 'x', 'total:placed': 'x', 'loc:L:placed': 'x' })];
    const linked = await attack({ versions, unchanged: linksFrom([v0, v1]) });
    expect(range(find(linked, 'nbh:B:placed', 1))).toEqual([10, 10]);
    expect(range(find(linked, 'nbh:A:placed', 1))).toEqual([5, 5]);
    // Alone, v1 says A + B = 15 (22 indicated - 7 not participating) with A in 5..7 (A.registered 7).
    const alone = await attack({ versions });
    expect(range(find(alone, 'nbh:B:placed', 1))).toEqual([8, 10]);
    expect(range(find(alone, 'nbh:A:placed', 1))).toEqual([5, 7]);
  });
});

describe('an organisation that knows some of the children', () => {
  it('knows 10 of a neighbourhood cell that is 14 under a published total: it recovers the other 4', async () => {
    const truth = build({ nbh: { A: [14, 3, 3, 3, 0, 0], B: [8, 2, 2, 2, 0, 0] } });
    const attacker = { known: (cell: string) => (cell === 'nbh:A:indicated' ? 10 : 0), exact: new Set<string>() };
    const findings = await attack({ versions: [show(truth, { 'nbh:A:indicated': 'x' })], attacker });
    const cell = find(findings, 'nbh:A:indicated');
    expect(range(cell)).toEqual([14, 14]);
    expect(cell.max - cell.known).toBe(4);
    expect(narrowest(findings).narrow).toEqual([cell]);
  });

  it('does not when that cell and a second one are "x" with enough slack', async () => {
    const truth = build({ nbh: { A: [14, 3, 3, 3, 0, 0], B: [12, 2, 2, 2, 0, 0] } });
    const attacker = { known: (cell: string) => (cell === 'nbh:A:indicated' ? 10 : 0), exact: new Set<string>() };
    const findings = await attack({ versions: [show(truth, { 'nbh:A:indicated': 'x', 'nbh:B:indicated': 'x' })], attacker });
    expect(range(find(findings, 'nbh:A:indicated'))).toEqual([10, 21]); // others 0..11
    expect(range(find(findings, 'nbh:B:indicated'))).toEqual([5, 16]);
    expect(narrowest(findings).narrow).toEqual([]);
  });

  it('a location that knows its own row completely recovers the other location', async () => {
    const truth = build({ nbh: { A: [20, 18, 16, 14, 0, 0] }, loc: { Own: [8, 0, 0], Other: [6, 0, 0] } });
    const version = show(truth, { 'loc:Own:placed': 'x', 'loc:Other:placed': 'x' });
    expect((await attack({ versions: [version] })).map(range)).toEqual([[5, 9], [5, 9]]); // 14 split in two, each >= 5
    const own = new Set(['loc:Own:placed', 'loc:Own:normCohort', 'loc:Own:normAchieved']);
    const attacker = { known: (cell: string) => (own.has(cell) ? valuesOf(truth).get(cell)! : 0), exact: own };
    const findings = await attack({ versions: [version], attacker });
    expect(range(find(findings, 'loc:Other:placed'))).toEqual([6, 6]);
    expect(find(findings, 'loc:Own:placed').exact).toBe(true);
    expect(narrowest(findings).narrow.map((f) => f.cell)).toEqual(['loc:Other:placed']); // its own row is no disclosure
  });

  it('the "<5" cap: knowing 3 of a "<5" leaves at most 1..4 minus 3, so only an exact value is narrow', async () => {
    const truth = build({ nbh: { A: [10, 9, 8, 4, 0, 0], B: [10, 9, 8, 3, 0, 0] } });
    const version = show(truth, { 'nbh:A:placed': '<5', 'nbh:B:placed': '<5', 'total:placed': 'x', 'loc:L:placed': 'x', 'reason:-': 'x' });
    const attacker = { known: (cell: string) => (cell === 'nbh:A:placed' ? 3 : 0), exact: new Set<string>() };
    const findings = await attack({ versions: [version], attacker });
    expect(range(find(findings, 'nbh:A:placed'))).toEqual([3, 4]); // width 1 = the cap: not narrow
    expect(narrowest(findings).narrow.map((f) => f.cell)).toEqual([]);
  });

  it('across revisions it links the part it does not know', async () => {
    // The organisation's own new child is the change: value 4 -> 5, known 2 -> 3, others 2 both times.
    const v0 = build({ nbh: { A: [6, 6, 6, 4, 0, 0], B: [10, 10, 10, 10, 0, 0] } });
    const v1 = build({ nbh: { A: [7, 7, 7, 5, 0, 0], B: [10, 10, 10, 10, 0, 0] } });
    const known = (cell: string, version: number) => (cell === 'nbh:A:placed' ? [2, 3][version] : 0);
    const values = [v0, v1].map(valuesOf);
    const others = (cell: string, v: number) => values[v].get(cell)! - known(cell, v);
    const hidden = { 'nbh:B:placed': 'x', 'total:placed': 'x', 'loc:L:placed': 'x', 'reason:-': '<5' } as const;
    const versions = [show(v0, { ...hidden, 'nbh:A:placed': '<5' }), show(v1, { ...hidden, 'nbh:A:placed': 'x' })];
    const findings = await attack({ versions, attacker: { known, exact: new Set() }, unchanged: (cell, v) => others(cell, v) === others(cell, 1) });
    // v0: 2 + o <= 4; v1: 3 + o >= 5: o = 2.
    expect(range(find(findings, 'nbh:A:placed', 0))).toEqual([4, 4]);
    expect(range(find(findings, 'nbh:A:placed', 1))).toEqual([5, 5]);
    expectSound(findings, [v0, v1]);
  });
});

describe('random tables', () => {
  it('naive suppression (only 1-4 hidden): every truth lies within [min, max], and some cells are recovered', async () => {
    const rand = seededRandom(20240601);
    const all: Finding[] = [];
    for (let i = 0; i < 40; i++) {
      const truth = randomTruth(rand, { neighbourhoods: 1 + Math.floor(rand() * 4), locations: 1 + Math.floor(rand() * 3), max: 12 });
      const findings = await attack({ versions: [{ table: publish(truth, naive) }] });
      expectSound(findings, [truth]);
      all.push(...findings);
    }
    expect(all.length).toBeGreaterThan(200);
    expect(all.every((f) => f.label === '<5')).toBe(true);
    // Not vacuous: a good share of the '<5' cells is pinned exactly, and not all of them.
    const exact = all.filter((f) => f.min === f.max).length;
    expect(exact).toBeGreaterThan(all.length / 10);
    expect(exact).toBeLessThan(all.length);
  });

  it('revisions with secondary "x", size-free changed cells and the strongest links: still sound', async () => {
    const rand = seededRandom(99);
    let exact = 0;
    let total = 0;
    for (let i = 0; i < 40; i++) {
      const truths = [randomTruth(rand, { neighbourhoods: 1 + Math.floor(rand() * 4), locations: 1 + Math.floor(rand() * 3), max: 12 })];
      const count = 1 + Math.floor(rand() * 3);
      while (truths.length < count) truths.push(revise(rand, truths[truths.length - 1]));
      const links = linksFrom(truths);
      const versions = truths.map((truth, v): Version => {
        const sizeFree = new Set<string>();
        const how = (id: string, value: number): Shown => {
          // A changed cell may be hidden as 'x' whatever its size, if it is marked size-free.
          if (v > 0 && !linksFrom([truths[v - 1], truth])(id, 0) && rand() < 0.3) {
            sizeFree.add(id);
            return 'x';
          }
          if (value >= 1 && value <= 4) return '<5';
          return value >= 5 && rand() < 0.2 ? 'x' : 'shown';
        };
        return { table: publish(truth, how), sizeFree };
      });
      const findings = await attack({ versions, unchanged: links });
      expectSound(findings, truths);
      exact += findings.filter((f) => f.min === f.max).length;
      total += findings.length;
    }
    expect(exact).toBeGreaterThan(0);
    expect(exact).toBeLessThan(total);
  });

  it('with an organisation that knows part of some cells and one location row completely: still sound', async () => {
    const rand = seededRandom(4242);
    let recovered = 0;
    for (let i = 0; i < 30; i++) {
      const truths = [randomTruth(rand, { neighbourhoods: 2 + Math.floor(rand() * 3), locations: 2, max: 14 })];
      if (rand() < 0.5) truths.push(revise(rand, truths[0]));
      const values = truths.map(valuesOf);
      const own = new Set(['loc:LOC0:placed', 'loc:LOC0:normCohort', 'loc:LOC0:normAchieved']);
      const knownTable = values.map((vals) => new Map([...vals].map(([id, v]) => [id, own.has(id) ? v : rand() < 0.3 ? Math.floor(rand() * (v + 1)) : 0])));
      const known = (cell: string, v: number) => knownTable[v].get(cell) ?? 0;
      const last = truths.length - 1;
      const others = (cell: string, v: number) => (values[v].get(cell) ?? 0) - known(cell, v);
      const versions = truths.map((t) => ({ table: publish(t, (id, v) => (v >= 1 && v <= 4 ? '<5' : v >= 5 && rand() < 0.3 ? 'x' : 'shown')) }));
      const findings = await attack({ versions, attacker: { known, exact: own }, unchanged: (cell, v) => others(cell, v) === others(cell, last) });
      expectSound(findings, truths);
      recovered += findings.filter((f) => !f.exact && f.min === f.max).length;
    }
    expect(recovered).toBeGreaterThan(0);
  });

  it('the bounds are exact: brute force over every completion of small tables agrees', async () => {
    // Only '<5' is withheld, so every withheld cell lies in 1..4 and enumerating 4^w completions is exhaustive.
    const rand = seededRandom(31337);
    let checked = 0;
    for (let attempt = 0; checked < 25 && attempt < 500; attempt++) {
      const truths = [randomTruth(rand, { neighbourhoods: 1 + Math.floor(rand() * 2), locations: 1 + Math.floor(rand() * 2), max: 9 })];
      if (rand() < 0.5) truths.push(revise(rand, truths[0]));
      const tables = truths.map((t) => publish(t, naive));
      const withheld = tables.flatMap((table, v) => cellsOf(table).filter((c) => c.count.value === null).map((c) => ({ v, id: c.id })));
      if (withheld.length < 2 || withheld.length > 7) continue;
      const links = linksFrom(truths);
      const findings = await attack({ versions: tables.map((table) => ({ table })), unchanged: links });

      // Independent of the LP: fill in the withheld cells, keep the completions where every version satisfies
      // every relation and every linked cell equals its value at the last version.
      const last = tables.length - 1;
      const base = tables.map((table) => new Map(cellsOf(table).map((c) => [c.id, c.count.value ?? 0])));
      const relations = tables.map(relationsOf);
      const lo = withheld.map(() => Infinity);
      const hi = withheld.map(() => -Infinity);
      const x = withheld.map(() => 1);
      for (;;) {
        withheld.forEach((w, k) => base[w.v].set(w.id, x[k]));
        const fits =
          relations.every((rels, v) => rels.every((r) => { const s = r.terms.reduce((a, [id, c]) => a + c * base[v].get(id)!, 0); return s >= r.lower && s <= r.upper; })) &&
          base.every((vals, v) => v === last || [...vals].every(([id, value]) => !links(id, v) || value === (base[last].get(id) ?? 0)));
        if (fits) withheld.forEach((_, k) => ((lo[k] = Math.min(lo[k], x[k])), (hi[k] = Math.max(hi[k], x[k]))));
        let k = 0;
        while (k < x.length && x[k] === 4) x[k++] = 1;
        if (k === x.length) break;
        x[k]++;
      }
      const expected = withheld.map((w, k) => `v${w.v} ${w.id} [${lo[k]}, ${hi[k]}]`);
      expect(findings.map((f) => `v${f.version} ${f.cell} [${f.min}, ${f.max}]`)).toEqual(expected);
      checked++;
    }
    expect(checked).toBe(25);
  });

  it('timing on a table of about 100 cells', async () => {
    const rand = seededRandom(5);
    const truth = randomTruth(rand, { neighbourhoods: 11, locations: 6, max: 30 });
    const table = publish(truth, (id, v) => (v >= 1 && v <= 4 ? '<5' : v >= 5 && rand() < 0.3 ? 'x' : 'shown'));
    const cells = cellsOf(table).length;
    expect(cells).toBe(10 + 7 + 66 + 18);
    const one = {} as AttackStats;
    expectSound(await attack({ versions: [{ table }] }, one), [truth]);
    const truths = [truth];
    while (truths.length < 3) truths.push(revise(rand, truths[truths.length - 1]));
    const three = {} as AttackStats;
    const versions = truths.map((t) => ({ table: publish(t, (id, v) => (v >= 1 && v <= 4 ? '<5' : v >= 5 && rand() < 0.3 ? 'x' : 'shown')) }));
    expectSound(await attack({ versions, unchanged: linksFrom(truths) }, three), truths);
    const line = (s: AttackStats) => `${s.variables} variables, ${s.rows} rows, ${s.lpSolves} LPs + ${s.mipSolves} MIPs in ${s.milliseconds.toFixed(0)} ms = ${(s.milliseconds / s.lpSolves).toFixed(2)} ms per LP`;
    if (process.env.LP_ATTACKER_TIMING) console.log(`lp-attacker, ${cells} cells: one version: ${line(one)}; three versions: ${line(three)}`);
    expect(one.milliseconds / one.lpSolves).toBeLessThan(50);
  });
});
