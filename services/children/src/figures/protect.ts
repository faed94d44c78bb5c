/**
 * Which cells of a publication may be shown: decided over the whole table at once, before it is stored.
 *
 * The attacker (docs/children-and-privacy.md, "What the protection withstands") knows every cell of
 * this publication and of its earlier versions, every relation of cells.ts, what each label means, and,
 * when it is an organisation, the children it is involved with itself. The protection holds when, for
 * that attacker, no withheld count can be narrowed below PROTECTION_RANGE by linear (and integer)
 * programming. This file finds such a pattern:
 * 1. primary: counts 1-4 (`small`, shown "<5"); counts of 5 or more in which an organisation knows all
 *    but 1-4 of the children (`withheld`: what it would learn about the others is a small count);
 * 2. what earlier versions force: a cell withheld before stays withheld (an unchanged value published
 *    later would reveal the old one); a withheld cell whose count has changed since is `guarded`: shown
 *    "x" whatever its size, because "<5" turning into "x" (or staying "<5" after a partner adds
 *    toddlers) tells that partner how many there were;
 * 3. secondary: while the audit finds a withheld cell that an attacker can narrow too far, the published
 *    cell whose relaxation helps most (the LP's reduced costs name it) is withheld too. Withholding only
 *    ever widens every interval, so cells that passed stay passed.
 */
import { keysOf, relationsOf, shapeOf, type Cells, type Relation, type Shape } from './cells';
import { Solver, isWhole, loadSolver, pace, type Row, type System } from './lp';

/**
 * - `published`: shown with its value;
 * - `small`: a count 1-4, shown "<5";
 * - `withheld`: a count of 5 or more withheld to protect others, shown "x";
 * - `guarded`: a withheld count that changed in a revision, shown "x", which then says nothing of its size.
 */
export type CellState = 'published' | 'small' | 'withheld' | 'guarded';
export type States = Record<string, CellState>;

/**
 * How narrow a withheld count may get for any attacker: its interval must span at least 3 (four possible
 * values), so a "<5" cell stays anywhere in 1-4. Where even withholding every non-zero count would leave
 * it narrower (what the "<5" labels and the attacker's own children imply by themselves), it may not be
 * narrowed any further than that.
 */
export const PROTECTION_RANGE = 3;

/** What one organisation knows of a publication: how many of each cell's children, and which cells wholly. */
export interface Knowledge {
  known: Record<string, number>;
  /** Its own location's cells: every child in them is its own. */
  exact: string[];
}

/** A version as released: the true counts then, what was shown, and who knew what. */
export interface Release {
  cells: Cells;
  states: States;
  knowledge: Record<string, Knowledge>;
}

export interface ProtectInput {
  cells: Cells;
  knowledge: Record<string, Knowledge>;
  /** Earlier released versions of the same publication, oldest first. */
  previous?: Release[];
}

export interface Protection {
  states: States;
  /** Nothing could be shown safely: the whole publication is withheld. */
  withheldAll: boolean;
  report: { attackers: number; secondary: number; rounds: number };
}

const SHOWN_SMALL = (x: number) => x >= 1 && x <= 4;

interface View {
  cells: Cells;
  states: States;
  knowledge: Record<string, Knowledge>;
  exact: Map<string, Set<string>>;
}

type Ref = { variable: number; offset: number } | { constant: number };

interface Pair {
  version: number;
  key: string;
  variable: number;
  need: number;
}

interface AttackerSystem {
  system: System;
  /** Each variable's true value (what the table really holds), for witnesses near the truth. */
  truth: number[];
  refs: Map<string, Ref>;
  pairs: Pair[];
  /** Rows of the current version with their relation's terms: where a current cell's suppression acts. */
  currentRows: { row: number; terms: [key: string, coefficient: number][] }[];
}

const refKey = (version: number, key: string) => `${version}|${key}`;

function labelBounds(state: CellState): [number, number] {
  if (state === 'small') return [1, 4];
  if (state === 'withheld') return [5, Infinity];
  return [0, Infinity];
}

/**
 * The attacker's problem over all versions. A withheld cell of an earlier version shares the current
 * variable when the part the attacker does not know is unchanged (the strongest attacker knows which
 * parts changed), shifted by what it knows changed; otherwise it is a variable of its own.
 */
function buildSystem(views: View[], keys: readonly string[], relations: readonly Relation[], attacker: string | null, labelsOnly = false): AttackerSystem {
  const last = views.length - 1;
  const lower: number[] = [];
  const upper: number[] = [];
  const truth: number[] = [];
  const refs = new Map<string, Ref>();
  const known = (v: number, key: string) => (attacker ? (views[v].knowledge[attacker]?.known[key] ?? 0) : 0);
  const isExact = (v: number, key: string) => (attacker ? (views[v].exact.get(attacker)?.has(key) ?? false) : false);
  const pairs: Pair[] = [];

  // The part of a cell the attacker does not know, per version: where it is the same as in a version
  // that published the cell, the attacker knows the cell (an earlier figure, unchanged, is still known).
  const others = (v: number, key: string) => (views[v].cells[key] ?? 0) - known(v, key);
  const shownElsewhere = (v: number, key: string) =>
    views.some((view, k) => k !== v && (view.states[key] ?? 'published') === 'published' && !(labelsOnly && k === last) && others(k, key) === others(v, key));
  for (const key of keys) {
    for (let v = last; v >= 0; v--) {
      const state = views[v].states[key] ?? 'published';
      const x = views[v].cells[key] ?? 0;
      // The most protective pattern there is: every non-zero count of the current version withheld
      // (earlier versions stay as they were released). What the attacker still learns then is what
      // the labels themselves say, and no pattern can do better.
      const relax = labelsOnly && v === last && state === 'published' && x > 0 && !shownElsewhere(v, key);
      if (isExact(v, key) || (state === 'published' && !relax) || (state !== 'published' && shownElsewhere(v, key))) {
        refs.set(refKey(v, key), { constant: x });
        continue;
      }
      let ref: { variable: number; offset: number } | null = null;
      if (v < last) {
        const current = refs.get(refKey(last, key));
        const othersThen = x - known(v, key);
        const othersNow = (views[last].cells[key] ?? 0) - known(last, key);
        if (current && 'variable' in current && othersThen === othersNow) ref = { variable: current.variable, offset: known(v, key) - known(last, key) };
      }
      if (!ref) {
        lower.push(0);
        upper.push(Infinity);
        truth.push(x);
        ref = { variable: lower.length - 1, offset: 0 };
      }
      refs.set(refKey(v, key), ref);
      const [a, b] = relax ? labelBounds(SHOWN_SMALL(x) ? 'small' : 'withheld') : labelBounds(state);
      // x(v) = variable + offset, so a bound on x(v) moves the variable's bound by −offset.
      lower[ref.variable] = Math.max(lower[ref.variable], Math.max(a, known(v, key), 0) - ref.offset);
      upper[ref.variable] = Math.min(upper[ref.variable], b - ref.offset);
      if (state !== 'published' && sensitive(attacker, x - known(v, key))) pairs.push({ version: v, key, variable: ref.variable, need: PROTECTION_RANGE });
    }
  }

  const rows: Row[] = [];
  const currentRows: AttackerSystem['currentRows'] = [];
  for (let v = 0; v <= last; v++) {
    for (const relation of relations) {
      const terms = new Map<number, number>();
      let constant = 0;
      for (const [key, coefficient] of relation.terms) {
        const ref = refs.get(refKey(v, key)) ?? { constant: views[v].cells[key] ?? 0 };
        if ('constant' in ref) constant += coefficient * ref.constant;
        else {
          terms.set(ref.variable, (terms.get(ref.variable) ?? 0) + coefficient);
          constant += coefficient * ref.offset;
        }
      }
      const live = [...terms].filter(([, c]) => c !== 0);
      if (live.length === 0) continue;
      rows.push({ terms: live, lower: relation.kind === 'eq' ? -constant : -Infinity, upper: -constant });
      if (v === last) currentRows.push({ row: rows.length - 1, terms: relation.terms });
    }
  }
  return { system: { lower, upper, rows }, truth, refs, pairs, currentRows };
}

/** Connected groups of variables (through shared rows): each is solved as its own small LP. */
function components(system: System): number[][] {
  const parent = system.lower.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const row of system.rows) for (let t = 1; t < row.terms.length; t++) parent[find(row.terms[t][0])] = find(row.terms[0][0]);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < parent.length; i++) {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  }
  return [...groups.values()];
}

/** The sub-system of a component, variables renumbered 0..n-1. */
function restrict(system: System, variables: number[]): { system: System; index: Map<number, number> } {
  const index = new Map(variables.map((v, i) => [v, i]));
  const rows = system.rows.filter((r) => index.has(r.terms[0][0])).map((r) => ({ ...r, terms: r.terms.map(([v, c]): [number, number] => [index.get(v)!, c]) }));
  return { system: { lower: variables.map((v) => system.lower[v]), upper: variables.map((v) => system.upper[v]), rows }, index };
}

type Highs = Awaited<ReturnType<typeof loadSolver>>;

/**
 * From this many organisations on, the public's witnesses are moved as close to the true table as the
 * optimum allows (one more LP each): then almost every organisation can reuse them instead of solving.
 */
const NEAR_TRUTH_FROM = 4;

/**
 * A solution at each end of a cell's interval, as values of every cell of its component (by version and
 * key). Any attacker whose extra knowledge these solutions satisfy gets at least this interval.
 */
interface Witness {
  lo: number;
  hi: number;
  loValues: Map<string, number>;
  hiValues: Map<string, number>;
}

interface Failure {
  pair: Pair;
  lo: number;
  hi: number;
}

/**
 * The pairs an attacker can narrow below their need; records a witness for every pair. Every solution
 * found on the way (and the true table itself) is a possible table: where the values a cell took in
 * them already span its need, the cell is proven wide enough without solving for it.
 */
async function audit(highs: Highs, built: AttackerSystem, wanted: Pair[], witnesses?: Map<string, Witness>, nearTruth = false): Promise<Failure[]> {
  if (wanted.length === 0) return [];
  const byVariable = new Map<number, Pair[]>();
  for (const p of wanted) byVariable.set(p.variable, [...(byVariable.get(p.variable) ?? []), p]);
  const members = new Map<number, [string, number][]>();
  if (witnesses) {
    for (const [ref, target] of built.refs) {
      if (!('variable' in target)) continue;
      members.set(target.variable, [...(members.get(target.variable) ?? []), [ref, target.offset]]);
    }
  }
  const failures: Failure[] = [];
  for (const group of components(built.system)) {
    const asked = group.filter((v) => byVariable.has(v));
    if (asked.length === 0) continue;
    const { system, index } = restrict(built.system, group);
    const solver = new Solver(highs, system);
    const truth: Float64Array = Float64Array.from(group, (v) => built.truth[v]);
    // The lowest and highest value each variable has taken in a whole-number solution, and where.
    const low = Float64Array.from(truth);
    const high = Float64Array.from(truth);
    const lowAt: Float64Array[] = group.map(() => truth);
    const highAt: Float64Array[] = group.map(() => truth);
    const note = (point: Float64Array) => {
      if (!isWhole(point)) return;
      for (let i = 0; i < point.length; i++) {
        if (point[i] < low[i]) [low[i], lowAt[i]] = [point[i], point];
        if (point[i] > high[i]) [high[i], highAt[i]] = [point[i], point];
      }
    };
    const values = (point: Float64Array) => {
      const out = new Map<string, number>();
      for (const v of group) for (const [ref, offset] of members.get(v) ?? []) out.set(ref, point[index.get(v)!] + offset);
      return out;
    };
    try {
      for (const variable of asked) {
        await pace();
        const j = index.get(variable)!;
        const pairs = byVariable.get(variable)!;
        const need = Math.max(...pairs.map((p) => p.need));
        let solved = false;
        for (const sense of ['min', 'max'] as const) {
          if (high[j] - low[j] >= need) break;
          const end = solver.bound(j, sense);
          solved = true;
          note(end.point);
          if (sense === 'min' && Number.isFinite(end.value)) low[j] = Math.min(low[j], end.value);
          if (sense === 'max') high[j] = Number.isFinite(end.value) ? Math.max(high[j], end.value) : Infinity;
        }
        // Only a solved variable can fail: its interval is then exact.
        if (solved) for (const pair of pairs) if (high[j] - low[j] < pair.need) failures.push({ pair, lo: low[j], hi: high[j] });
        if (!witnesses) continue;
        let loPoint = lowAt[j];
        let hiPoint = highAt[j];
        if (nearTruth) {
          if (loPoint !== truth) loPoint = solver.nearest(j, low[j], truth) ?? loPoint;
          if (hiPoint !== truth && Number.isFinite(high[j])) hiPoint = solver.nearest(j, high[j], truth) ?? hiPoint;
        }
        const witness = { lo: low[j], hi: high[j], loValues: values(loPoint), hiValues: values(hiPoint) };
        for (const pair of pairs) witnesses.set(refKey(pair.version, pair.key), witness);
      }
    } finally {
      solver.dispose();
    }
  }
  return failures;
}

/**
 * How wide each pair's interval would still be if every non-zero count were withheld: what the "<5"
 * labels, the relations and the attacker's own children imply by themselves. The published numbers
 * may not narrow a cell below the range or this width, whichever is smaller; nothing can widen it
 * further (four "<5" neighbourhoods under a "<5" total hold one child each, whatever else is shown).
 * It does not depend on which cells are chosen for secondary suppression, so it is computed once, on demand.
 */
function labelWidths(highs: Highs, views: View[], keys: readonly string[], relations: readonly Relation[], attacker: string | null) {
  let loose: AttackerSystem | null = null;
  const solvers = new Map<number[], { solver: Solver; index: Map<number, number> }>();
  const groupOf = new Map<number, number[]>();
  const widths = new Map<number, number>();
  const width = async (pair: Pair): Promise<number> => {
    if (!loose) {
      loose = buildSystem(views, keys, relations, attacker, true);
      for (const group of components(loose.system)) for (const v of group) groupOf.set(v, group);
    }
    const target = loose.refs.get(refKey(pair.version, pair.key));
    if (!target || !('variable' in target)) return Infinity;
    const cached = widths.get(target.variable);
    if (cached !== undefined) return cached;
    const group = groupOf.get(target.variable)!;
    let entry = solvers.get(group);
    if (!entry) {
      const { system, index } = restrict(loose.system, group);
      entry = { solver: new Solver(highs, system), index };
      solvers.set(group, entry);
    }
    await pace();
    const { lo, hi } = entry.solver.interval(entry.index.get(target.variable)!);
    widths.set(target.variable, hi - lo);
    return hi - lo;
  };
  const dispose = () => solvers.forEach(({ solver }) => solver.dispose());
  return Object.assign(width, { dispose });
}

/**
 * Whether a public witness point is also possible for an organisation: it must leave at least the
 * children the organisation knows in every cell, and its own location's cells exactly as they are.
 */
function satisfies(values: Map<string, number>, constraints: readonly [ref: string, known: number, exact: boolean][]): boolean {
  if (values.size === 0) return false;
  for (const [ref, n, exact] of constraints) {
    const x = values.get(ref);
    if (x === undefined) continue;
    if (exact ? Math.abs(x - n) > 1e-6 : x < n - 1e-6) return false;
  }
  return true;
}

/** An organisation's knowledge as constraints on cells of every version, for `satisfies`. */
function constraintsOf(views: View[], organisation: string): [string, number, boolean][] {
  const out: [string, number, boolean][] = [];
  views.forEach((view, v) => {
    const knowledge = view.knowledge[organisation];
    if (!knowledge) return;
    const exact = view.exact.get(organisation)!;
    for (const [key, n] of Object.entries(knowledge.known)) out.push([refKey(v, key), n, exact.has(key)]);
  });
  return out;
}

/**
 * Which withheld cells an attacker must not narrow: for anyone, every withheld count holding a child;
 * for an organisation, those holding 1-4 children it does not know itself. Five or more others are no
 * secret from it (such a count could be published), and the children it knows are its own.
 */
function sensitive(attacker: string | null, others: number): boolean {
  return attacker === null ? others >= 1 : others >= 1 && others <= 4;
}

/** The pairs an attacker must not narrow, without building its system (same rule as buildSystem). */
function pairsOf(views: View[], keys: readonly string[], attacker: string | null): { version: number; key: string }[] {
  const out: { version: number; key: string }[] = [];
  for (const key of keys) {
    for (let v = 0; v < views.length; v++) {
      const state = views[v].states[key] ?? 'published';
      if (state === 'published') continue;
      const knowledge = attacker ? views[v].knowledge[attacker] : undefined;
      if (attacker && views[v].exact.get(attacker)?.has(key)) continue;
      if (sensitive(attacker, (views[v].cells[key] ?? 0) - (knowledge?.known[key] ?? 0))) out.push({ version: v, key });
    }
  }
  return out;
}

/** Whether an organisation's knowledge is the same in every version (then it links versions as the public does). */
function steady(views: View[], organisation: string): boolean {
  const last = JSON.stringify(views[views.length - 1].knowledge[organisation] ?? null);
  return views.every((view) => JSON.stringify(view.knowledge[organisation] ?? null) === last);
}

/**
 * The current published cells that stop a failing variable's interval from being wider: those whose
 * fixed value has a non-zero reduced cost at the min or the max (relaxing them would move the bound),
 * and, should the duals all be zero (degenerate), every published cell it shares a row with.
 */
function blockers(highs: Highs, built: AttackerSystem, views: View[], variable: number, candidate: (key: string) => boolean): string[] {
  const last = views.length - 1;
  const group = components(built.system).find((g) => g.includes(variable))!;
  const inGroup = new Set(group);
  const near = new Set<string>();
  for (const { row, terms } of built.currentRows) {
    if (!built.system.rows[row].terms.some(([v]) => inGroup.has(v))) continue;
    for (const [key] of terms) if (candidate(key)) near.add(key);
  }
  if (near.size === 0) return [];
  // The same rows with each candidate as a variable fixed at its value instead of a constant.
  const extra = [...near];
  const lower = group.map((v) => built.system.lower[v]);
  const upper = group.map((v) => built.system.upper[v]);
  const index = new Map(group.map((v, i) => [v, i]));
  const extraIndex = new Map<string, number>();
  for (const key of extra) {
    const x = views[last].cells[key] ?? 0;
    extraIndex.set(key, lower.length);
    lower.push(x);
    upper.push(x);
  }
  const rows: Row[] = [];
  for (const { row, terms: relationTerms } of built.currentRows) {
    const original = built.system.rows[row];
    if (!original.terms.some(([v]) => inGroup.has(v))) continue;
    const terms: [number, number][] = original.terms.map(([v, c]) => [index.get(v)!, c]);
    let shift = 0;
    for (const [key, coefficient] of relationTerms) {
      const at = extraIndex.get(key);
      if (at === undefined) continue;
      // The candidate's term moves from the row's constant back into the row, as a fixed variable.
      terms.push([at, coefficient]);
      shift += coefficient * (views[last].cells[key] ?? 0);
    }
    rows.push({ terms, lower: original.lower === -Infinity ? -Infinity : original.lower + shift, upper: original.upper + shift });
  }
  // Rows of earlier versions keep their constants.
  const currentSet = new Set(built.currentRows.map((r) => r.row));
  built.system.rows.forEach((r, i) => {
    if (!currentSet.has(i) && r.terms.some(([v]) => inGroup.has(v))) rows.push({ ...r, terms: r.terms.map(([v, c]): [number, number] => [index.get(v)!, c]) });
  });
  const solver = new Solver(highs, { lower, upper, rows });
  const score = new Map<string, number>();
  try {
    for (const sense of ['min', 'max'] as const) {
      const { duals } = solver.solve(index.get(variable)!, sense);
      if (duals.length === 0) continue;
      for (const [key, at] of extraIndex) if (Math.abs(duals[at]) > 1e-7) score.set(key, (score.get(key) ?? 0) + Math.abs(duals[at]));
    }
  } finally {
    solver.dispose();
  }
  const value = (k: string) => views[last].cells[k] ?? 0;
  const ranked = (keys: string[]) => keys.sort((a, b) => value(a) - value(b) || (a < b ? -1 : 1));
  const scored = [...score.keys()];
  return scored.length ? scored.sort((a, b) => score.get(b)! - score.get(a)! || value(a) - value(b) || (a < b ? -1 : 1)) : ranked(extra);
}

/** Decides the states of every cell of a publication; see the file comment. */
export async function protect(input: ProtectInput): Promise<Protection> {
  const highs = await loadSolver();
  const previous = input.previous ?? [];
  // Rows that were ever shown stay in the table (a vanished row would say "now 0").
  const shape: Shape = mergeShapes([shapeOf(input.cells), ...previous.map((p) => shapeOf(p.cells))]);
  const keys = keysOf(shape);
  const relations = relationsOf(shape);
  const cells: Cells = Object.fromEntries(keys.map((k) => [k, input.cells[k] ?? 0]));
  const states: States = {};
  const organisations = [...new Set([...Object.keys(input.knowledge), ...previous.flatMap((p) => Object.keys(p.knowledge))])].sort();

  for (const key of keys) {
    const x = cells[key];
    const everWithheld = previous.filter((p) => (p.states[key] ?? 'published') !== 'published');
    const changed = everWithheld.some((p) => (p.cells[key] ?? 0) !== x || p.states[key] === 'guarded');
    if (changed) states[key] = 'guarded';
    else if (SHOWN_SMALL(x)) states[key] = 'small';
    else if (everWithheld.length) states[key] = 'withheld';
    else if (x >= 5 && organisations.some((o) => dominated(input.knowledge[o], key, x))) states[key] = 'withheld';
    else states[key] = 'published';
  }

  const view = (cellsAt: Cells, statesAt: States, knowledge: Record<string, Knowledge>): View => ({
    cells: cellsAt,
    states: statesAt,
    knowledge,
    exact: new Map(Object.entries(knowledge).map(([o, k]) => [o, new Set(k.exact)])),
  });
  const views = [...previous.map((p) => view(p.cells, p.states, p.knowledge)), view(cells, states, input.knowledge)];
  const last = views.length - 1;
  const attackers: (string | null)[] = [null, ...organisations];
  const witnesses = new Map<string, Witness>();
  const passed = new Map<string | null, Set<string>>(attackers.map((a) => [a, new Set()]));
  let secondary = 0;
  let rounds = 0;
  let withheldAll = false;

  /**
   * Audits one attacker and withholds cells until it can narrow nothing. Monotone: a pair that passed
   * keeps passing as more cells are withheld, so only pairs not yet passed are solved again.
   */
  const secure = async (attacker: string | null): Promise<boolean> => {
    let changed = false;
    const done = passed.get(attacker)!;
    const exactForAttacker = attacker ? views[last].exact.get(attacker) : undefined;
    const candidate = (key: string) => states[key] === 'published' && cells[key] >= 5 && !exactForAttacker?.has(key);
    const labels = labelWidths(highs, views, keys, relations, attacker);
    let builtOnce: AttackerSystem | null = null;
    const system = () => (builtOnce ??= buildSystem(views, keys, relations, attacker));
    /** Solves the pairs; marks the ones that pass; returns the ones that fail more than the labels force. */
    const check = async (pairs: Pair[]): Promise<Failure[]> => {
      const failures: Failure[] = [];
      for (const f of await audit(highs, system(), pairs, attacker === null ? witnesses : undefined, organisations.length >= NEAR_TRUTH_FROM)) {
        if (f.hi - f.lo < Math.min(f.pair.need, await labels(f.pair))) failures.push(f);
      }
      const failing = new Set(failures.map((f) => refKey(f.pair.version, f.pair.key)));
      for (const p of pairs) if (!failing.has(refKey(p.version, p.key))) done.add(refKey(p.version, p.key));
      return failures;
    };
    const constraints = attacker !== null && steady(views, attacker) ? constraintsOf(views, attacker) : null;
    const proven = new Map<Witness, boolean>();
    const open = (): Pair[] => {
      let candidates = pairsOf(views, keys, attacker).filter((p) => !done.has(refKey(p.version, p.key)));
      if (constraints) {
        // A public witness this organisation's knowledge allows proves its interval at least as wide.
        // (Its own label-only interval is no wider than the public's, so passing the public's
        // requirement with a wider interval passes its own.)
        const publicDone = passed.get(null)!;
        candidates = candidates.filter((p) => {
          const ref = refKey(p.version, p.key);
          const w = witnesses.get(ref);
          if (!w || !publicDone.has(ref)) return true;
          let ok = proven.get(w);
          if (ok === undefined) proven.set(w, (ok = satisfies(w.loValues, constraints) && satisfies(w.hiValues, constraints)));
          if (ok) done.add(ref);
          return !ok;
        });
      }
      if (candidates.length === 0) return [];
      const wanted = new Set(candidates.map((p) => refKey(p.version, p.key)));
      return system().pairs.filter((p) => wanted.has(refKey(p.version, p.key)));
    };
    // Failures are fixed one at a time, each re-solved alone until it passes; the others are re-solved
    // when their turn comes (withholding more may have fixed them meanwhile).
    for (let queue = await check(open()); queue.length && !withheldAll; queue = await check(open())) {
      for (const stale of queue) {
        for (let attempt = 0; attempt <= keys.length; attempt++) {
          const pair = system().pairs.find((p) => p.version === stale.pair.version && p.key === stale.pair.key);
          if (!pair || done.has(refKey(pair.version, pair.key))) break;
          const failure = (await check([pair]))[0];
          if (!failure) break;
          const found = blockers(highs, system(), views, failure.pair.variable, candidate);
          changed = true;
          if (found.length) {
            states[found[0]] = 'withheld';
            secondary++;
          } else if (!withholdEverything(states, cells)) {
            withheldAll = true;
            labels.dispose();
            return changed;
          }
          builtOnce = null;
          proven.clear();
        }
      }
    }
    labels.dispose();
    return changed;
  };

  for (let again = true; again && !withheldAll; ) {
    again = false;
    rounds++;
    for (const attacker of attackers) {
      if (await secure(attacker)) again = true;
      if (withheldAll) break;
    }
  }
  return { states, withheldAll, report: { attackers: attackers.length, secondary, rounds } };
}

/** An organisation knows all but 1-4 of a cell's children (not its own location's cells, which it knows wholly). */
function dominated(knowledge: Knowledge | undefined, key: string, x: number): boolean {
  if (!knowledge || knowledge.exact.includes(key)) return false;
  const others = x - (knowledge.known[key] ?? 0);
  return SHOWN_SMALL(others);
}

/** The last resort before withholding the publication: every count that is not 0 withheld. Returns whether anything changed. */
function withholdEverything(states: States, cells: Cells): boolean {
  let changed = false;
  for (const [key, state] of Object.entries(states)) {
    if (state === 'published' && cells[key] >= 5) {
      states[key] = 'withheld';
      changed = true;
    }
  }
  return changed;
}

function mergeShapes(shapes: Shape[]): Shape {
  const n = new Set<string | null>();
  const l = new Set<string>();
  for (const s of shapes) {
    s.neighbourhoods.forEach((x) => n.add(x));
    s.locations.forEach((x) => l.add(x));
  }
  const cells: Cells = {};
  for (const x of n) cells[`n|${x ?? ''}|I`] = 0;
  for (const x of l) cells[`l|${x}|P`] = 0;
  return shapeOf(cells);
}

