/**
 * The cells of a publication of VVE figures and the relations between them.
 *
 * A publication is one table: every figure the API serves for a municipality, a reference period and a
 * definition version is a cell here, and every relation a reader can rely on (sums, the funnel order,
 * reasons = indicated − placed) is a linear constraint. Protection is decided over this table as a
 * whole, so that no combination of published cells and relations recovers a withheld one.
 *
 * Cell keys (strings, so they survive JSON):
 * - totals: `I` indicated, `R` referred, `G` registered, `P` placed, `C` norm cohort, `N` norm reached,
 *   `E` placed and aged 2½ or more, `T` of those on track for 960 hours, `S` social-medical indicated,
 *   `SP` social-medical placed;
 * - per neighbourhood: `n|<wijk code or empty>|<stage>`, stage one of I R G P C N;
 * - per location: `l|<organisation id>|<stage>`, stage one of P C N;
 * - per reason of non-participation: `r|<reason or NONE>`.
 */
import { NON_PARTICIPATION_REASONS } from '../entities';

export const FUNNEL = ['I', 'R', 'G', 'P'] as const;
export const NEIGHBOURHOOD_STAGES = ['I', 'R', 'G', 'P', 'C', 'N'] as const;
export const LOCATION_STAGES = ['P', 'C', 'N'] as const;
export const TOTALS = ['I', 'R', 'G', 'P', 'C', 'N', 'E', 'T', 'S', 'SP'] as const;
export const REASONS = [...NON_PARTICIPATION_REASONS, 'NONE'] as const;

export type NeighbourhoodStage = (typeof NEIGHBOURHOOD_STAGES)[number];
export type LocationStage = (typeof LOCATION_STAGES)[number];
export type Total = (typeof TOTALS)[number];
export type Reason = (typeof REASONS)[number];

export const neighbourhoodCell = (code: string | null, stage: NeighbourhoodStage) => `n|${code ?? ''}|${stage}`;
export const locationCell = (id: string, stage: LocationStage) => `l|${id}|${stage}`;
export const reasonCell = (reason: string | null) => `r|${reason ?? 'NONE'}`;

/** A cell's counts by key. Absent keys of the table's universe count as 0. */
export type Cells = Record<string, number>;

/** `Σ coefficient × cell (=|<=) 0`: the one shape every relation takes. */
export interface Relation {
  terms: [key: string, coefficient: number][];
  kind: 'eq' | 'le';
  /** What it says, for the protection report and the docs. */
  name: string;
}

/** The table's shape: which neighbourhood rows and location rows it has. */
export interface Shape {
  neighbourhoods: (string | null)[];
  locations: string[];
}

export function shapeOf(cells: Cells): Shape {
  const neighbourhoods = new Set<string | null>();
  const locations = new Set<string>();
  for (const key of Object.keys(cells)) {
    const [kind, id] = key.split('|');
    if (kind === 'n') neighbourhoods.add(id === '' ? null : id);
    if (kind === 'l') locations.add(id);
  }
  const order = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
  return { neighbourhoods: [...neighbourhoods].sort(order), locations: [...locations].sort() };
}

/** Every key of a table of this shape, in a fixed order (totals, neighbourhoods, locations, reasons). */
export function keysOf(shape: Shape): string[] {
  return [
    ...TOTALS,
    ...shape.neighbourhoods.flatMap((n) => NEIGHBOURHOOD_STAGES.map((s) => neighbourhoodCell(n, s))),
    ...shape.locations.flatMap((l) => LOCATION_STAGES.map((s) => locationCell(l, s))),
    ...REASONS.map((r) => reasonCell(r === 'NONE' ? null : r)),
  ];
}

/** Fills in zeros so every key of the shape is present. */
export function complete(cells: Cells, shape: Shape = shapeOf(cells)): Cells {
  const out: Cells = {};
  for (const key of keysOf(shape)) out[key] = cells[key] ?? 0;
  return out;
}

const le = (a: string, b: string, name: string): Relation => ({ terms: [[a, 1], [b, -1]], kind: 'le', name });
const sum = (parts: string[], total: string, name: string): Relation => ({ terms: [...parts.map((p): [string, number] => [p, 1]), [total, -1]], kind: 'eq', name });

/**
 * The relations every publication satisfies by construction (the counting makes placed ⊆ registered
 * ⊆ referred ⊆ indicated for every child), which a reader may therefore use: documented in
 * docs/children-and-privacy.md.
 */
export function relationsOf(shape: Shape): Relation[] {
  const out: Relation[] = [
    le('P', 'G', 'placed ≤ registered'),
    le('G', 'R', 'registered ≤ referred'),
    le('R', 'I', 'referred ≤ indicated'),
    le('N', 'C', 'norm reached ≤ norm cohort'),
    le('T', 'E', 'on track ≤ placed from 2½'),
    le('E', 'P', 'placed from 2½ ≤ placed'),
    le('SP', 'S', 'social-medical placed ≤ social-medical indicated'),
  ];
  for (const n of shape.neighbourhoods) {
    const c = (s: NeighbourhoodStage) => neighbourhoodCell(n, s);
    out.push(le(c('P'), c('G'), `${n ?? 'unknown'}: placed ≤ registered`));
    out.push(le(c('G'), c('R'), `${n ?? 'unknown'}: registered ≤ referred`));
    out.push(le(c('R'), c('I'), `${n ?? 'unknown'}: referred ≤ indicated`));
    out.push(le(c('N'), c('C'), `${n ?? 'unknown'}: norm reached ≤ norm cohort`));
  }
  for (const s of NEIGHBOURHOOD_STAGES) {
    out.push(sum(shape.neighbourhoods.map((n) => neighbourhoodCell(n, s)), s, `neighbourhoods add up to ${s}`));
  }
  for (const s of LOCATION_STAGES) {
    out.push(sum(shape.locations.map((l) => locationCell(l, s)), s, `locations add up to ${s}`));
  }
  for (const l of shape.locations) out.push(le(locationCell(l, 'N'), locationCell(l, 'C'), `${l}: norm reached ≤ norm cohort`));
  out.push({
    terms: [...REASONS.map((r): [string, number] => [reasonCell(r === 'NONE' ? null : r), 1]), ['I', -1], ['P', 1]],
    kind: 'eq',
    name: 'reasons add up to indicated − placed',
  });
  return out;
}

/** Whether the counts satisfy every relation: the computation guarantees it; tests check it. */
export function violatedRelations(cells: Cells, relations: readonly Relation[]): string[] {
  return relations
    .filter((r) => {
      const lhs = r.terms.reduce((a, [k, c]) => a + c * (cells[k] ?? 0), 0);
      return r.kind === 'eq' ? lhs !== 0 : lhs > 0;
    })
    .map((r) => r.name);
}
