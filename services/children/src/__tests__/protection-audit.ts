/**
 * Audits publications with the independent LP attacker (lp-attacker.ts), against the protection
 * range documented in docs/children-and-privacy.md: for anyone, every withheld count holding a child,
 * and for every organisation (with the children it knows), every withheld count holding 1-4 children
 * it does not know: the interval the attacker can narrow it to must be at least PROTECTION_RANGE wide,
 * or as wide as it would be if every non-zero count of the current version were withheld (what the
 * labels, history and the attacker's own children imply by themselves), whichever is smaller.
 */
import type { Cells } from '../figures/cells';
import { PROTECTION_RANGE, type Knowledge, type States } from '../figures/protect';
import type { PublishedFigures, PublishedLocation, PublishedNeighbourhood } from '../figures/publish';
import { attack, cellId, formatFindings, type Attacker, type Finding, type PublishedCount, type PublishedTable } from './lp-attacker';

export interface Shown {
  figures: PublishedFigures;
  byNeighbourhood: PublishedNeighbourhood[];
  byLocation: PublishedLocation[];
}

/** One released version: what it showed, and what it was decided on (truth, states, knowledge). */
export interface AuditedVersion extends Shown {
  cells: Cells;
  states: States;
  knowledge: Record<string, Knowledge>;
}

const TOTAL: Record<string, Parameters<typeof cellId.total>[0]> = {
  I: 'indicated', R: 'referred', G: 'registered', P: 'placed', C: 'normCohort', N: 'normAchieved',
  E: 'fromTwoAndAHalf', T: 'onTrack', S: 'socialMedicalIndicated', SP: 'socialMedicalPlaced',
};
const STAGE = { I: 'indicated', R: 'referred', G: 'registered', P: 'placed', C: 'normCohort', N: 'normAchieved' } as const;

/** The oracle's id of one of our cell keys. */
export function oracleId(key: string): string {
  if (key in TOTAL) return cellId.total(TOTAL[key]);
  const [kind, id, stage] = key.split('|');
  if (kind === 'n') return cellId.neighbourhood(id === '' ? null : id, STAGE[stage as keyof typeof STAGE]);
  if (kind === 'l') return cellId.location(id, STAGE[stage as 'P' | 'C' | 'N'] as 'placed' | 'normCohort' | 'normAchieved');
  if (kind === 'r') return cellId.reason(id === 'NONE' ? null : id);
  throw new Error(`not a cell key: ${key}`);
}

/** What the API shows, in the oracle's shape. */
export function tableOf(shown: Shown): PublishedTable {
  const f = shown.figures;
  return {
    totals: {
      indicated: f.indicated, referred: f.referred, registered: f.registered, placed: f.placed,
      normCohort: f.normCohort, normAchieved: f.normAchieved, fromTwoAndAHalf: f.fromTwoAndAHalf, onTrack: f.onTrack,
      socialMedicalIndicated: f.socialMedical.indicated, socialMedicalPlaced: f.socialMedical.placed,
    },
    nonParticipation: f.nonParticipation.map((n) => ({ reason: n.reason, count: n.count })),
    byNeighbourhood: shown.byNeighbourhood,
    byLocation: shown.byLocation,
  };
}

/** The same table with every non-zero count of it withheld: the most protection the labels allow. */
function maximallyWithheld(table: PublishedTable, truth: Map<string, number>, guarded: ReadonlySet<string>): PublishedTable {
  const hide = (id: string, count: PublishedCount): PublishedCount => {
    const value = truth.get(id) ?? 0;
    if (guarded.has(id)) return count;
    if (value === 0) return { value: 0, suppressed: false, label: '0' };
    return { value: null, suppressed: true, label: value <= 4 ? '<5' : 'x' };
  };
  const totals = { ...table.totals };
  for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] = hide(cellId.total(k), totals[k]);
  return {
    totals,
    nonParticipation: table.nonParticipation.map((n) => ({ reason: n.reason, count: hide(cellId.reason(n.reason), n.count) })),
    byNeighbourhood: table.byNeighbourhood.map((row) => {
      const out = { ...row };
      for (const f of Object.values(STAGE)) out[f] = hide(cellId.neighbourhood(row.neighbourhood, f), row[f]);
      return out;
    }),
    byLocation: table.byLocation.map((row) => {
      const out = { ...row };
      for (const f of ['placed', 'normCohort', 'normAchieved'] as const) out[f] = hide(cellId.location(row.location, f), row[f]);
      return out;
    }),
  };
}

export interface AuditResult {
  /** Findings narrower than required, one line each. */
  violations: string[];
  /** Findings whose interval misses the true value: a bug in the oracle or its inputs. */
  unsound: string[];
  /** How many withheld cells were attacked, over all attackers. */
  attacked: number;
}

/** Attacks a publication's versions (oldest first) as anyone and as every organisation that knows children. */
export async function audit(versions: AuditedVersion[], label = ''): Promise<AuditResult> {
  const last = versions.length - 1;
  const truth = versions.map((v) => new Map(Object.entries(v.cells).map(([k, n]) => [oracleId(k), n])));
  const guarded = versions.map((v) => new Set(Object.entries(v.states).filter(([, s]) => s === 'guarded').map(([k]) => oracleId(k))));
  const tables = versions.map((v) => tableOf(v));
  const organisations = [...new Set(versions.flatMap((v) => Object.keys(v.knowledge)))].sort();
  const result: AuditResult = { violations: [], unsound: [], attacked: 0 };
  for (const organisation of [null, ...organisations]) {
    // The LP solves are synchronous. Tests serve a subgraph in this same process: give its timers a turn
    // between attackers, or an audit of every publication can hold the event loop past the keep-alive
    // timeout, and the server drops the idle socket just as the next request reuses it ("fetch failed").
    await new Promise<void>((resolve) => setImmediate(resolve));
    const knownOf = (id: string, v: number) => {
      if (organisation === null) return 0;
      const key = keyOf(versions[v], id);
      return key ? (versions[v].knowledge[organisation]?.known[key] ?? 0) : 0;
    };
    const attacker: Attacker | undefined =
      organisation === null ? undefined : { known: knownOf, exact: new Set((versions[last].knowledge[organisation]?.exact ?? []).map(oracleId)) };
    // The strongest attacker knows which parts it does not know stayed the same between versions.
    const unchanged = (id: string, v: number) => (truth[v].get(id) ?? 0) - knownOf(id, v) === (truth[last].get(id) ?? 0) - knownOf(id, last);
    const run = (shown: PublishedTable[]) => attack({ versions: shown.map((table, v) => ({ table, sizeFree: guarded[v] })), attacker, unchanged });
    const findings = await run(tables);
    const benchmark = await run([...tables.slice(0, last), maximallyWithheld(tables[last], truth[last], guarded[last])]);
    const widest = new Map(benchmark.map((f) => [`${f.version}|${f.cell}`, f.max - f.min]));
    for (const f of findings) {
      const value = truth[f.version].get(f.cell) ?? 0;
      if (value < f.min || value > f.max) result.unsound.push(`${label} ${organisation ?? 'public'}: ${formatFindings([f])} true ${value}`);
      // Anyone may not narrow a withheld count; an organisation may not narrow the 1-4 children it does
      // not know (five or more others are no secret from it: such a count could be published).
      const others = value - f.known;
      if (f.exact || others < 1 || (organisation !== null && others > 4)) continue;
      result.attacked++;
      const required = Math.min(PROTECTION_RANGE, widest.get(`${f.version}|${f.cell}`) ?? Infinity);
      if (f.max - f.min < required) result.violations.push(`${label} ${organisation ?? 'public'}: ${formatFindings([f])} (true ${value}, required width ${required})`);
    }
  }
  return result;
}

const idIndex = new WeakMap<AuditedVersion, Map<string, string>>();

/** Our key of an oracle id in a version (its cells are the universe of keys). */
function keyOf(version: AuditedVersion, id: string): string | undefined {
  let index = idIndex.get(version);
  if (!index) {
    index = new Map(Object.keys(version.cells).map((k) => [oracleId(k), k]));
    idIndex.set(version, index);
  }
  return index.get(id);
}

export type { Finding };
