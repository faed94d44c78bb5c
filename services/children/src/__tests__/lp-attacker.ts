/**
 * An independent attacker on published VVE tables, used as a test oracle for the suppression.
 *
 * Given everything that was published for one municipality and year (possibly several revisions), and
 * optionally what an organisation knows itself, it computes by linear programming the smallest and the
 * largest value every withheld cell can still take. Where the LP optimum is not attained at an integral
 * point it falls back to integer programming (all variables integer) so the bounds are the exact integer
 * bounds. It is written from the published shape and the relations that hold in the data only; it does
 * not use (and must not use) the suppression code, so that the two can check each other.
 *
 * Pure module: no database, no I/O apart from loading the HiGHS WebAssembly solver.
 */
import loadHighs from 'highs';
import type { Highs, Model } from 'highs';

// ---------------------------------------------------------------------------------------------------
// The published shape (structurally the API's; declared here so the oracle does not import the code
// under test).

export interface PublishedCount {
  value: number | null;
  suppressed: boolean;
  /** The number, '<5' (a count of 1..4) or 'x' (withheld to protect other cells). */
  label: string;
}

export const TOTAL_FIELDS = [
  'indicated',
  'referred',
  'registered',
  'placed',
  'normCohort',
  'normAchieved',
  'fromTwoAndAHalf',
  'onTrack',
  'socialMedicalIndicated',
  'socialMedicalPlaced',
] as const;
export type TotalField = (typeof TOTAL_FIELDS)[number];

export const NEIGHBOURHOOD_FIELDS = ['indicated', 'referred', 'registered', 'placed', 'normCohort', 'normAchieved'] as const;
export type NeighbourhoodField = (typeof NEIGHBOURHOOD_FIELDS)[number];

export const LOCATION_FIELDS = ['placed', 'normCohort', 'normAchieved'] as const;
export type LocationField = (typeof LOCATION_FIELDS)[number];

export interface PublishedTable {
  totals: Record<TotalField, PublishedCount>;
  nonParticipation: { reason: string | null; count: PublishedCount }[];
  byNeighbourhood: ({ neighbourhood: string | null } & Record<NeighbourhoodField, PublishedCount>)[];
  byLocation: ({ location: string } & Record<LocationField, PublishedCount>)[];
}

// ---------------------------------------------------------------------------------------------------
// Cell ids

/** The id used for a null neighbourhood or reason ('-' is therefore not allowed as a real key). */
const NULL_KEY = '-';

/**
 * Stable string ids for every cell. The field is always the last ':'-separated part, so a location name
 * that contains ':' still gives a unique id.
 */
export const cellId = {
  total: (field: TotalField): string => `total:${field}`,
  neighbourhood: (neighbourhood: string | null, field: NeighbourhoodField): string => `nbh:${neighbourhood ?? NULL_KEY}:${field}`,
  location: (location: string, field: LocationField): string => `loc:${location}:${field}`,
  reason: (reason: string | null): string => `reason:${reason ?? NULL_KEY}`,
};

export interface Cell {
  id: string;
  count: PublishedCount;
}

/**
 * Every cell of a table with its published count, in a fixed order (totals, reasons, neighbourhoods,
 * locations). Throws on duplicate rows or a real key equal to '-', because either would make two cells share an id.
 */
export function cellsOf(table: PublishedTable): Cell[] {
  const cells: Cell[] = [];
  for (const field of TOTAL_FIELDS) cells.push({ id: cellId.total(field), count: table.totals[field] });
  for (const row of table.nonParticipation) {
    if (row.reason === NULL_KEY) throw new Error(`reason '${NULL_KEY}' collides with the id of the null reason`);
    cells.push({ id: cellId.reason(row.reason), count: row.count });
  }
  for (const row of table.byNeighbourhood) {
    if (row.neighbourhood === NULL_KEY) throw new Error(`neighbourhood '${NULL_KEY}' collides with the id of the null neighbourhood`);
    for (const field of NEIGHBOURHOOD_FIELDS) cells.push({ id: cellId.neighbourhood(row.neighbourhood, field), count: row[field] });
  }
  for (const row of table.byLocation) {
    for (const field of LOCATION_FIELDS) cells.push({ id: cellId.location(row.location, field), count: row[field] });
  }
  const seen = new Set<string>();
  for (const cell of cells) {
    if (seen.has(cell.id)) throw new Error(`duplicate cell ${cell.id} (a row is listed twice)`);
    seen.add(cell.id);
  }
  return cells;
}

// ---------------------------------------------------------------------------------------------------
// The relations (1-5 of the specification) as linear rows over cell ids

/** lower <= sum(coef * value(cell)) <= upper. */
export interface Relation {
  why: string;
  terms: [cell: string, coef: number][];
  lower: number;
  upper: number;
}

/** a <= b, written as 0 <= b - a. */
function atMost(why: string, a: string, b: string): Relation {
  return { why, terms: [[b, 1], [a, -1]], lower: 0, upper: Infinity };
}

/** sum(parts) == total. */
function sumsTo(why: string, total: string, parts: string[]): Relation {
  return { why, terms: [[total, 1], ...parts.map((p): [string, number] => [p, -1])], lower: 0, upper: 0 };
}

/** The rows of a table, which is all the relations depend on (a published or a true table). */
export interface TableShape {
  nonParticipation: readonly { reason: string | null }[];
  byNeighbourhood: readonly { neighbourhood: string | null }[];
  byLocation: readonly { location: string }[];
}

/** Every relation that holds between the cells of one table (all cells are also integers >= 0). */
export function relationsOf(table: TableShape): Relation[] {
  const t = cellId.total;
  const out: Relation[] = [];

  // 1. The funnel of the totals.
  out.push(atMost('funnel: placed <= registered', t('placed'), t('registered')));
  out.push(atMost('funnel: registered <= referred', t('registered'), t('referred')));
  out.push(atMost('funnel: referred <= indicated', t('referred'), t('indicated')));
  out.push(atMost('funnel: normAchieved <= normCohort', t('normAchieved'), t('normCohort')));
  out.push(atMost('funnel: onTrack <= fromTwoAndAHalf', t('onTrack'), t('fromTwoAndAHalf')));
  out.push(atMost('funnel: fromTwoAndAHalf <= placed', t('fromTwoAndAHalf'), t('placed')));
  out.push(atMost('funnel: socialMedicalPlaced <= socialMedicalIndicated', t('socialMedicalPlaced'), t('socialMedicalIndicated')));

  // 2. The same funnel within every neighbourhood row.
  for (const row of table.byNeighbourhood) {
    const n = (f: NeighbourhoodField) => cellId.neighbourhood(row.neighbourhood, f);
    const name = row.neighbourhood ?? NULL_KEY;
    out.push(atMost(`funnel ${name}: placed <= registered`, n('placed'), n('registered')));
    out.push(atMost(`funnel ${name}: registered <= referred`, n('registered'), n('referred')));
    out.push(atMost(`funnel ${name}: referred <= indicated`, n('referred'), n('indicated')));
    out.push(atMost(`funnel ${name}: normAchieved <= normCohort`, n('normAchieved'), n('normCohort')));
  }

  // 3. The neighbourhood rows add up to the totals (the list is complete: an unlisted neighbourhood is 0).
  for (const field of NEIGHBOURHOOD_FIELDS) {
    out.push(sumsTo(`neighbourhoods sum to ${field}`, t(field), table.byNeighbourhood.map((row) => cellId.neighbourhood(row.neighbourhood, field))));
  }

  // 4. The location rows add up to the totals, and within a location normAchieved <= normCohort.
  for (const field of LOCATION_FIELDS) {
    out.push(sumsTo(`locations sum to ${field}`, t(field), table.byLocation.map((row) => cellId.location(row.location, field))));
  }
  for (const row of table.byLocation) {
    out.push(atMost(`location ${row.location}: normAchieved <= normCohort`, cellId.location(row.location, 'normAchieved'), cellId.location(row.location, 'normCohort')));
  }

  // 5. The reasons for not participating add up to indicated - placed (complete list, as above).
  out.push({
    why: 'reasons sum to indicated - placed',
    terms: [[t('indicated'), 1], [t('placed'), -1], ...table.nonParticipation.map((row): [string, number] => [cellId.reason(row.reason), -1])],
    lower: 0,
    upper: 0,
  });
  return out;
}

/** What a published count says about the true value: [lower, upper] (upper may be Infinity). */
export function labelBounds(count: PublishedCount, sizeFree = false): [number, number] {
  if (!count.suppressed && count.value !== null) {
    if (!Number.isInteger(count.value) || count.value < 0) throw new Error(`published value ${count.value} is not a count`);
    return [count.value, count.value];
  }
  if (count.value !== null) throw new Error(`a suppressed cell carries a value (${count.value})`);
  if (count.label === '<5') return [1, 4];
  // 'x' means 5 or more, except for a cell that changed in a revision: its 'x' may hide any count.
  if (count.label === 'x') return [sizeFree ? 0 : 5, Infinity];
  throw new Error(`unknown label '${count.label}' on a withheld cell`);
}

// ---------------------------------------------------------------------------------------------------
// The attack

export interface Version {
  table: PublishedTable;
  /** Cells whose 'x' says only >= 0 (they changed in a revision), not >= 5. */
  sizeFree?: ReadonlySet<string>;
}

/** An organisation that knows some of the children itself. */
export interface Attacker {
  /** How many children in that cell (at that version) it knows itself: a lower bound on the cell. */
  known: (cellId: string, versionIndex: number) => number;
  /** Cells it knows completely (its own location row): their value is known(...). */
  exact: ReadonlySet<string>;
}

export interface AttackInput {
  /** Revisions of the same municipality and year, oldest first; the last is the current one. */
  versions: Version[];
  attacker?: Attacker;
  /**
   * True when the cell's true value at `versionIndex` equals its value at the last version (with an attacker:
   * the part it does not know, value - known, is unchanged). Asked for every cell of every earlier version,
   * published or not. Default: nothing is linked across versions.
   */
  unchanged?: (cellId: string, versionIndex: number) => boolean;
  /** Per solve, in seconds (default 60). A MIP that hits it gives the sound bound proven so far ('lp-rounded'). */
  timeLimitSeconds?: number;
}

export interface Finding {
  version: number;
  cell: string;
  label: string;
  /** The smallest and largest true value consistent with everything the attacker knows. */
  min: number;
  max: number;
  /** What the attacker knows itself of this cell (0 without an attacker). */
  known: number;
  /** The attacker knows this cell completely (it is in attacker.exact): not a disclosure. */
  exact: boolean;
  /**
   * How the bounds were obtained: 'fixed' (the bounds alone pin the cell), 'lp' (LP optima at integral
   * points, hence exact), 'mip' (an LP optimum was fractional; integer programming gave the bound),
   * 'lp-rounded' (the MIP did not finish; the rounded LP or MIP dual bound, sound but maybe not tight).
   */
  method: 'fixed' | 'lp' | 'mip' | 'lp-rounded';
  /** With 'mip' or 'lp-rounded': the bounds of the LP relaxation (fractional), for comparison. */
  relaxed?: [min: number, max: number];
}

/** The LP in plain arrays: variables are "others" (value - known) of cells, shared across versions when linked. */
export interface Program {
  colLower: number[];
  colUpper: number[];
  rows: { indices: number[]; values: number[]; lower: number; upper: number; why: string }[];
  /** For every withheld cell of every version: which variable it is and the offset (known) to add. */
  targets: { version: number; cell: string; label: string; variable: number; known: number; exact: boolean }[];
  /** For error messages. */
  names: string[];
}

const TOL = 1e-6;

/** Builds the program; throws when the inputs contradict one another in a way visible without solving. */
export function buildProgram(input: AttackInput): Program {
  const { versions, attacker, unchanged } = input;
  if (versions.length === 0) throw new Error('no versions');
  const last = versions.length - 1;
  const colLower: number[] = [];
  const colUpper: number[] = [];
  const names: string[] = [];
  const newVar = (name: string): number => {
    colLower.push(0); // others = value - known >= 0: the attacker's children are part of the cell
    colUpper.push(Infinity);
    names.push(name);
    return colLower.length - 1;
  };
  const bound = (variable: number, lower: number, upper: number, what: string) => {
    colLower[variable] = Math.max(colLower[variable], lower);
    colUpper[variable] = Math.min(colUpper[variable], upper);
    if (colLower[variable] > colUpper[variable]) {
      throw new Error(`inconsistent inputs: ${what} leaves ${names[variable]} no value (${colLower[variable]} > ${colUpper[variable]})`);
    }
  };

  const cellsByVersion = versions.map((v) => cellsOf(v.table));
  const variableOf: Map<string, number>[] = versions.map(() => new Map());
  const lastIds = new Set(cellsByVersion[last].map((c) => c.id));

  // The current version first: linked cells of earlier versions reuse its variables.
  for (const cell of cellsByVersion[last]) variableOf[last].set(cell.id, newVar(`v${last}:${cell.id}`));
  for (let v = 0; v < last; v++) {
    for (const cell of cellsByVersion[v]) {
      if (unchanged?.(cell.id, v)) {
        if (lastIds.has(cell.id)) {
          variableOf[v].set(cell.id, variableOf[last].get(cell.id)!);
        } else {
          // The cell's row is not listed in the current version, so it is 0 there (others 0 too).
          const variable = newVar(`v${v}:${cell.id}`);
          bound(variable, 0, 0, `${cell.id} unchanged at version ${v} while absent (0) at the current version`);
          variableOf[v].set(cell.id, variable);
        }
      } else {
        variableOf[v].set(cell.id, newVar(`v${v}:${cell.id}`));
      }
    }
  }

  const knownOf = (id: string, v: number): number => {
    if (!attacker) return 0;
    const k = attacker.known(id, v);
    if (!Number.isInteger(k) || k < 0) throw new Error(`attacker.known(${id}, ${v}) = ${k} is not a count`);
    return k;
  };

  const rows: Program['rows'] = [];
  const targets: Program['targets'] = [];
  for (let v = 0; v <= last; v++) {
    const sizeFree = versions[v].sizeFree;
    const known = new Map<string, number>();
    for (const cell of cellsByVersion[v]) {
      const k = knownOf(cell.id, v);
      known.set(cell.id, k);
      const variable = variableOf[v].get(cell.id)!;
      const [lo, hi] = labelBounds(cell.count, sizeFree?.has(cell.id) ?? false);
      const exact = attacker?.exact.has(cell.id) ?? false;
      if (exact) {
        if (k < lo || k > hi) throw new Error(`inconsistent inputs: the attacker knows ${cell.id} = ${k} at version ${v}, published '${cell.count.label}'`);
        bound(variable, 0, 0, `${cell.id} known exactly at version ${v}`);
      } else {
        bound(variable, lo - k, hi - k, `'${cell.count.label}' on ${cell.id} at version ${v} with ${k} known`);
      }
      if (cell.count.value === null) targets.push({ version: v, cell: cell.id, label: cell.count.label, variable, known: k, exact });
    }
    // value = known + others, so each relation moves sum(coef * known) to its bounds.
    for (const rel of relationsOf(versions[v].table)) {
      const coefs = new Map<number, number>();
      let offset = 0;
      for (const [id, coef] of rel.terms) {
        const variable = variableOf[v].get(id)!;
        coefs.set(variable, (coefs.get(variable) ?? 0) + coef);
        offset += coef * known.get(id)!;
      }
      const entries = [...coefs].filter(([, c]) => c !== 0).sort((a, b) => a[0] - b[0]);
      rows.push({
        indices: entries.map((e) => e[0]),
        values: entries.map((e) => e[1]),
        lower: rel.lower - offset,
        upper: rel.upper - offset,
        why: `version ${v}: ${rel.why}`,
      });
    }
  }
  return { colLower, colUpper, rows, targets, names };
}

let highsPromise: Promise<Highs> | undefined;
/** One HiGHS runtime per process: loading compiles the WebAssembly. */
export function highs(): Promise<Highs> {
  highsPromise ??= loadHighs();
  return highsPromise;
}

/** Whether x, rounded, satisfies every row and bound exactly: then the LP optimum is an integer optimum. */
function integralPoint(program: Program, x: Float64Array): boolean {
  for (let j = 0; j < x.length; j++) {
    const r = Math.round(x[j]);
    if (Math.abs(x[j] - r) > TOL || r < program.colLower[j] || r > program.colUpper[j]) return false;
  }
  for (const row of program.rows) {
    let sum = 0;
    for (let k = 0; k < row.indices.length; k++) sum += row.values[k] * Math.round(x[row.indices[k]]);
    if (sum < row.lower || sum > row.upper) return false;
  }
  return true;
}

/** Some timing, for the report. */
export interface AttackStats {
  variables: number;
  rows: number;
  lpSolves: number;
  mipSolves: number;
  milliseconds: number;
}

/**
 * For every withheld cell of every version: the smallest and largest value it can take given all relations
 * of every version, all published values, the labels, the attacker's knowledge and the cross-version links.
 * Throws when no table fits the inputs (which means the inputs, or the relations, are wrong).
 */
export async function attack(input: AttackInput, stats?: AttackStats): Promise<Finding[]> {
  const h = await highs();
  const started = performance.now();
  const program = buildProgram(input);
  const n = program.colLower.length;
  const m = program.rows.length;
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of program.rows) {
    indices.push(...row.indices);
    values.push(...row.values);
    starts.push(indices.length);
  }
  const inf = (x: number) => (x === Infinity ? h.infinity : x === -Infinity ? -h.infinity : x);
  // No count comes near CAP: a maximum at it means unbounded. Without a finite bound HiGHS sometimes
  // answers an unbounded direction after a warm start with status "unknown" (15) instead of "unbounded".
  const CAP = 1e8;
  const { modelStatus: S, objectiveSense, variableType } = h.constants;
  let lpSolves = 0;
  let mipSolves = 0;

  // One persistent model for the whole set of versions; only the objective changes from cell to cell,
  // so every solve after the first warm-starts from the previous basis.
  const model: Model = h.createModel({
    numCols: n,
    numRows: m,
    colCost: new Array<number>(n).fill(0),
    colLower: program.colLower.map(inf),
    colUpper: program.colUpper.map((x) => Math.min(x, CAP)),
    rowLower: program.rows.map((r) => inf(r.lower)),
    rowUpper: program.rows.map((r) => inf(r.upper)),
    matrix: { format: 'csr', numRows: m, numCols: n, starts, indices, values },
  });
  try {
    // A MIP must close its gap completely: the bound is an integer and a gap of 1e-4 could hide one.
    model.options.set({ output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0, time_limit: input.timeLimitSeconds ?? 60 });
    model.run();
    lpSolves++;
    if (model.getModelStatus() !== S.optimal) {
      throw new Error(`inconsistent inputs: no table satisfies the published figures and the relations (HiGHS status ${model.getModelStatus()})`);
    }

    /** The exact integer optimum of 'others' for one variable, by LP and, when that is fractional, MIP. */
    type Optimum = { value: number; method: Finding['method']; relaxed: number };
    const optimise = (variable: number, sense: 'min' | 'max'): Optimum => {
      model.changeObjectiveSense(sense === 'min' ? objectiveSense.minimize : objectiveSense.maximize);
      model.zeroAllClocks();
      model.run();
      lpSolves++;
      const status = model.getModelStatus();
      // Feasibility was established above, so "unbounded or infeasible" is unbounded.
      if (status === S.unbounded || status === S.unboundedOrInfeasible) {
        if (sense === 'min') throw new Error('unbounded minimum of a nonnegative variable');
        return { value: Infinity, method: 'lp', relaxed: Infinity };
      }
      if (status !== S.optimal) throw new Error(`LP for ${program.names[variable]} (${sense}) ended with HiGHS status ${status}`);
      const lp = model.getObjectiveValue();
      const x = model.getSolution().colValue;
      if (sense === 'max' && x[variable] >= CAP / 2) return { value: Infinity, method: 'lp', relaxed: Infinity };
      if (integralPoint(program, x)) return { value: Math.round(x[variable]), method: 'lp', relaxed: lp };

      // The LP optimum is fractional (or attained only at a fractional point): the integer optimum may be
      // tighter than the rounded LP bound. Solve the same problem with every variable integer.
      const rounded = sense === 'min' ? Math.ceil(lp - TOL) : Math.floor(lp + TOL);
      model.changeColsIntegrality({ kind: 'range', from: 0, to: n - 1 }, new Int32Array(n).fill(variableType.integer));
      try {
        model.zeroAllClocks(); // the time limit counts from here, not from the first solve
        model.run();
        mipSolves++;
        const mipStatus = model.getModelStatus();
        if (mipStatus === S.infeasible) throw new Error('inconsistent inputs: the LP has solutions but no integer table satisfies the inputs');
        // The dual bound is what is proven; rounded to the integer side it is the exact bound when the gap closed.
        const dual = Number(model.info.get('mip_dual_bound'));
        const proven = !Number.isFinite(dual) ? rounded : sense === 'min' ? Math.max(rounded, Math.ceil(dual - TOL)) : Math.min(rounded, Math.floor(dual + TOL));
        if (mipStatus === S.optimal) {
          const primal = Math.round(model.getObjectiveValue());
          if (proven !== primal) throw new Error(`MIP for ${program.names[variable]} closed with dual ${dual} and primal ${primal}`);
          return { value: primal, method: 'mip', relaxed: lp };
        }
        // Stopped early (time limit): what is proven so far is still a sound bound, just maybe not tight.
        return { value: proven, method: 'lp-rounded', relaxed: lp };
      } finally {
        model.clearIntegrality();
      }
    };

    const byVariable = new Map<number, { lo: number; hi: number; method: Finding['method']; relaxed?: [number, number] }>();
    const findings: Finding[] = [];
    const rank: Finding['method'][] = ['fixed', 'lp', 'mip', 'lp-rounded'];
    for (const target of program.targets) {
      let range = byVariable.get(target.variable);
      if (!range) {
        const j = target.variable;
        if (program.colLower[j] === program.colUpper[j]) {
          range = { lo: program.colLower[j], hi: program.colUpper[j], method: 'fixed' };
        } else {
          model.changeColCost(j, 1);
          try {
            const lo = optimise(j, 'min');
            const hi = optimise(j, 'max');
            const method = rank[Math.max(rank.indexOf(lo.method), rank.indexOf(hi.method))];
            range = { lo: lo.value, hi: hi.value, method, relaxed: method === 'lp' ? undefined : [lo.relaxed, hi.relaxed] };
          } finally {
            model.changeColCost(j, 0);
          }
        }
        byVariable.set(j, range);
      }
      findings.push({
        version: target.version,
        cell: target.cell,
        label: target.label,
        min: target.known + range.lo,
        max: target.known + range.hi,
        known: target.known,
        exact: target.exact,
        method: range.method,
        ...(range.relaxed && { relaxed: [target.known + range.relaxed[0], target.known + range.relaxed[1]] as [number, number] }),
      });
    }
    if (stats) Object.assign(stats, { variables: n, rows: m, lpSolves, mipSolves, milliseconds: performance.now() - started });
    return findings;
  } finally {
    model.dispose();
  }
}

// ---------------------------------------------------------------------------------------------------
// True tables (for tests: generate the truth, publish it, check the oracle against it)

export interface TrueTable {
  totals: Record<TotalField, number>;
  nonParticipation: { reason: string | null; count: number }[];
  byNeighbourhood: ({ neighbourhood: string | null } & Record<NeighbourhoodField, number>)[];
  byLocation: ({ location: string } & Record<LocationField, number>)[];
}

/** Every cell's true value by id. */
export function valuesOf(truth: TrueTable): Map<string, number> {
  const values = new Map<string, number>();
  for (const field of TOTAL_FIELDS) values.set(cellId.total(field), truth.totals[field]);
  for (const row of truth.nonParticipation) values.set(cellId.reason(row.reason), row.count);
  for (const row of truth.byNeighbourhood) for (const f of NEIGHBOURHOOD_FIELDS) values.set(cellId.neighbourhood(row.neighbourhood, f), row[f]);
  for (const row of truth.byLocation) for (const f of LOCATION_FIELDS) values.set(cellId.location(row.location, f), row[f]);
  return values;
}

/** The relations a true table breaks (empty when it is a possible table); also checks integers >= 0. */
export function violations(truth: TrueTable): string[] {
  const values = valuesOf(truth);
  const out: string[] = [];
  for (const [id, v] of values) if (!Number.isInteger(v) || v < 0) out.push(`${id} = ${v} is not a count`);
  for (const rel of relationsOf(truth)) {
    const sum = rel.terms.reduce((acc, [id, coef]) => acc + coef * values.get(id)!, 0);
    if (sum < rel.lower || sum > rel.upper) out.push(`${rel.why}: ${sum} not in [${rel.lower}, ${rel.upper}]`);
  }
  return out;
}

export type Shown = 'shown' | '<5' | 'x';

/** Publishes a true table: `how` says per cell whether it is shown, '<5' or 'x'. */
export function publish(truth: TrueTable, how: (cellId: string, value: number) => Shown): PublishedTable {
  const count = (id: string, value: number): PublishedCount => {
    const shown = how(id, value);
    if (shown === 'shown') return { value, suppressed: false, label: String(value) };
    return { value: null, suppressed: true, label: shown };
  };
  const totals = {} as Record<TotalField, PublishedCount>;
  for (const f of TOTAL_FIELDS) totals[f] = count(cellId.total(f), truth.totals[f]);
  return {
    totals,
    nonParticipation: truth.nonParticipation.map((row) => ({ reason: row.reason, count: count(cellId.reason(row.reason), row.count) })),
    byNeighbourhood: truth.byNeighbourhood.map((row) => {
      const out = { neighbourhood: row.neighbourhood } as PublishedTable['byNeighbourhood'][number];
      for (const f of NEIGHBOURHOOD_FIELDS) out[f] = count(cellId.neighbourhood(row.neighbourhood, f), row[f]);
      return out;
    }),
    byLocation: truth.byLocation.map((row) => {
      const out = { location: row.location } as PublishedTable['byLocation'][number];
      for (const f of LOCATION_FIELDS) out[f] = count(cellId.location(row.location, f), row[f]);
      return out;
    }),
  };
}

/** The naive suppression: 1-4 become '<5', everything else is shown. */
export const naive = (_id: string, value: number): Shown => (value >= 1 && value <= 4 ? '<5' : 'shown');

// ---------------------------------------------------------------------------------------------------
// Reading the findings

/** The widest range a label allows: '<5' is 1..4, so an attacker who knows k of them sees at most 4 - max(1, k). */
export function labelCap(finding: Pick<Finding, 'label' | 'known'>): number {
  return finding.label === '<5' ? 4 - Math.max(1, finding.known) : Infinity;
}

export interface Verdict {
  /** Findings narrower than the protection range: max - min < min(range, labelCap). */
  narrow: Finding[];
  /** Findings whose [min, max] misses the true value: a bug in the oracle or wrong inputs. */
  outside: (Finding & { truth: number })[];
}

/**
 * Which findings disclose too much, and (given the true values) which are wrong. Cells the attacker knows
 * completely are not disclosures and are skipped for `narrow` (but still checked against the truth).
 */
export function narrowest(
  findings: readonly Finding[],
  options: { range?: number; truth?: (cellId: string, versionIndex: number) => number | undefined } = {},
): Verdict {
  const range = options.range ?? 3;
  const narrow = findings.filter((f) => !f.exact && f.max - f.min < Math.min(range, labelCap(f)));
  const outside: Verdict['outside'] = [];
  if (options.truth) {
    for (const f of findings) {
      const truth = options.truth(f.cell, f.version);
      if (truth === undefined) continue;
      if (truth < f.min || truth > f.max) outside.push({ ...f, truth });
    }
  }
  return { narrow, outside };
}

/** Findings in one line each, for failure messages. */
export function formatFindings(findings: readonly Finding[]): string {
  return findings.map((f) => `v${f.version} ${f.cell} '${f.label}': [${f.min}, ${f.max}] (${f.method}${f.known ? `, knows ${f.known}` : ''})`).join('\n');
}
