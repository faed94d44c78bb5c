/**
 * The true counts behind a publication, for many municipalities of one reference period in one
 * statement: a set-based pass over the children (hash joins, no per-child look-ups), aggregated with
 * GROUPING SETS into every cell of cells.ts, and the same cells counted per organisation involved with
 * the children (what each organisation already knows, for the protection).
 */
import type { DataSource, EntityManager } from 'typeorm';
import { LOCATION_STAGES, NEIGHBOURHOOD_STAGES, REASONS, complete, locationCell, neighbourhoodCell, reasonCell, type Cells } from './cells';
import type { Knowledge } from './protect';

/** The reference date (peildatum) of a year's VVE figures: 1 October. */
export function referenceDate(year: number): string {
  return `${year}-10-01`;
}

/** The VE norm: 960 hours within the 18 months from age 2½ (at most 6 hours a day count). */
export const NORM_HOURS = 960;
const NORM_MONTHS = 18;

export interface Basis {
  code: string;
  year: number;
  cells: Cells;
  /** Hours attended in the twelve months up to the reference date by the toddlers placed on it. */
  hoursAttended: number;
  /** By organisation, for the organisations that know some but not all of the children. */
  knowledge: Record<string, Knowledge>;
  synthetic: boolean;
  /** Whether any child counts in any cell: without, the period has no data. */
  empty: boolean;
}

/**
 * Per child and reference date:
 * - toddlers: aged 2 or 3 (only the birth month is known: a child counts as born on its first day) with
 *   an indication issued by then and still valid; a VE one wins over a social-medical one, the latest
 *   wins among equals. Placed: a placement running on the date. A placed child counts as registered
 *   and referred, a registered one as referred, so the funnel only narrows;
 * - on track: placed and aged 2½ or more, with at least 960 × (months since 2½, at most 18) / 18 hours
 *   attended since 2½;
 * - the norm cohort: children with a VE indication who turned 4 in the twelve months up to the date and
 *   were placed before; norm reached with 960 hours in the months from 2½ to 4 (attendance rows never
 *   hold more than 6 hours a day); their location is that of their last placement before 4.
 * Organisations involved with a child: the issuers of its indications and the locations of its
 * placements; each is taken to know every cell the child is in (more than it may, which is safe).
 */
const FIGURES_SQL = `
  WITH kids AS MATERIALIZED (
    SELECT c.id, c.municipality_code AS code, c.neighbourhood_code AS nb, c.birth_month AS b, c.synthetic
    FROM children.child c WHERE c.municipality_code = ANY($2::text[])
  ),
  valid AS (
    SELECT DISTINCT ON (k.id) k.id AS child_id, k.code, k.nb, k.b, k.synthetic,
           i.kind, i.referred_on, i.registered_on, i.non_participation_reason AS reason
    FROM kids k JOIN children.indication i ON i.child_id = k.id
    WHERE k.b <= $1::date - interval '2 years' AND k.b > $1::date - interval '4 years'
      AND i.issued_on <= $1::date AND (i.valid_until IS NULL OR i.valid_until >= $1::date)
    ORDER BY k.id, (i.kind = 'VE') DESC, i.issued_on DESC, i.id
  ),
  placed AS (
    SELECT DISTINCT ON (v.child_id) v.child_id, p.location_id
    FROM valid v JOIN children.placement p ON p.child_id = v.child_id
    WHERE p.start_date <= $1::date AND (p.end_date IS NULL OR p.end_date >= $1::date)
    ORDER BY v.child_id, p.start_date DESC, p.id
  ),
  attended AS (
    SELECT v.child_id,
           COALESCE(sum(a.hours) FILTER (WHERE a.month >= $1::date - interval '12 months'), 0) AS last_year,
           COALESCE(sum(a.hours) FILTER (WHERE a.month >= v.b + interval '30 months'), 0) AS since_two_and_a_half
    FROM valid v JOIN placed pl ON pl.child_id = v.child_id
    JOIN children.placement p ON p.child_id = v.child_id
    JOIN children.attendance a ON a.placement_id = p.id
    WHERE a.month < $1::date AND a.month >= LEAST($1::date - interval '12 months', v.b + interval '30 months')
    GROUP BY v.child_id
  ),
  cohort AS (
    SELECT k.id AS child_id, k.code, k.nb, k.b, k.synthetic
    FROM kids k
    WHERE k.b + interval '4 years' > $1::date - interval '1 year' AND k.b + interval '4 years' <= $1::date
      AND EXISTS (SELECT 1 FROM children.indication i WHERE i.child_id = k.id AND i.kind = 'VE')
  ),
  cohort_location AS (
    SELECT DISTINCT ON (k.child_id) k.child_id, p.location_id
    FROM cohort k JOIN children.placement p ON p.child_id = k.child_id AND p.start_date < k.b + interval '4 years'
    ORDER BY k.child_id, p.start_date DESC, p.id
  ),
  cohort_hours AS (
    SELECT k.child_id, sum(a.hours) AS hours
    FROM cohort k JOIN children.placement p ON p.child_id = k.child_id
    JOIN children.attendance a ON a.placement_id = p.id AND a.month >= k.b + interval '30 months' AND a.month < k.b + interval '48 months'
    GROUP BY k.child_id
  ),
  base AS MATERIALIZED (
    SELECT v.child_id, v.code, v.nb, v.synthetic,
           v.kind = 'VE' AS ve, v.kind = 'SOCIAL_MEDICAL' AS smi,
           pl.location_id AS ploc,
           pl.location_id IS NOT NULL AS placed,
           (pl.location_id IS NOT NULL OR COALESCE(v.registered_on <= $1::date, false)) AS registered,
           (pl.location_id IS NOT NULL OR COALESCE(v.registered_on <= $1::date, false) OR COALESCE(v.referred_on <= $1::date, false)) AS referred,
           CASE WHEN pl.location_id IS NULL THEN v.reason END AS reason,
           pl.location_id IS NOT NULL AND v.b + interval '30 months' <= $1::date AS eligible,
           pl.location_id IS NOT NULL AND v.b + interval '30 months' <= $1::date
             AND COALESCE(at.since_two_and_a_half, 0) >= ${NORM_HOURS}.0 * LEAST(${NORM_MONTHS},
                 (extract(year FROM $1::date) * 12 + extract(month FROM $1::date)) - (extract(year FROM v.b + interval '30 months') * 12 + extract(month FROM v.b + interval '30 months'))) / ${NORM_MONTHS}
             AS on_track,
           COALESCE(at.last_year, 0) AS hours,
           false AS in_cohort, NULL::text AS nloc, false AS reached
    FROM valid v LEFT JOIN placed pl ON pl.child_id = v.child_id LEFT JOIN attended at ON at.child_id = v.child_id
    UNION ALL
    SELECT k.child_id, k.code, k.nb, k.synthetic, false, false, NULL, false, false, false, NULL, false, false, 0,
           true, cl.location_id, COALESCE(ch.hours, 0) >= ${NORM_HOURS}
    FROM cohort k JOIN cohort_location cl ON cl.child_id = k.child_id LEFT JOIN cohort_hours ch ON ch.child_id = k.child_id
  ),
  involved AS (
    SELECT i.child_id, i.issuer_id AS org FROM children.indication i WHERE i.child_id IN (SELECT child_id FROM base)
    UNION
    SELECT p.child_id, p.location_id FROM children.placement p WHERE p.child_id IN (SELECT child_id FROM base)
  ),
  rows AS (
    SELECT b.*, NULL::text AS org FROM base b
    UNION ALL
    SELECT b.*, i.org FROM base b JOIN involved i ON i.child_id = b.child_id
  )
  SELECT code, org, nb, ploc, nloc, reason,
         GROUPING(nb) = 0 AS by_nb, GROUPING(ploc) = 0 AS by_ploc, GROUPING(nloc) = 0 AS by_nloc, GROUPING(reason) = 0 AS by_reason,
         count(*) FILTER (WHERE ve)::int AS "I", count(*) FILTER (WHERE ve AND referred)::int AS "R",
         count(*) FILTER (WHERE ve AND registered)::int AS "G", count(*) FILTER (WHERE ve AND placed)::int AS "P",
         count(*) FILTER (WHERE in_cohort)::int AS "C", count(*) FILTER (WHERE reached)::int AS "N",
         count(*) FILTER (WHERE ve AND eligible)::int AS "E", count(*) FILTER (WHERE ve AND on_track)::int AS "T",
         count(*) FILTER (WHERE smi)::int AS "S", count(*) FILTER (WHERE smi AND placed)::int AS "SP",
         count(*) FILTER (WHERE ve AND NOT placed)::int AS "X",
         COALESCE(sum(hours) FILTER (WHERE ve AND placed), 0)::text AS hours,
         bool_or(synthetic) AS synthetic
  FROM rows
  GROUP BY GROUPING SETS ((code, org), (code, org, nb), (code, org, ploc), (code, org, nloc), (code, org, reason))`;

interface Row {
  code: string;
  org: string | null;
  nb: string | null;
  ploc: string | null;
  nloc: string | null;
  reason: string | null;
  by_nb: boolean;
  by_ploc: boolean;
  by_nloc: boolean;
  by_reason: boolean;
  I: number; R: number; G: number; P: number; C: number; N: number; E: number; T: number; S: number; SP: number; X: number;
  hours: string;
  synthetic: boolean | null;
}

/** The cells one aggregate row contributes to. */
function cellsOfRow(row: Row): [string, number][] {
  if (row.by_nb) return NEIGHBOURHOOD_STAGES.map((s) => [neighbourhoodCell(row.nb, s), row[s]]);
  if (row.by_ploc) return row.ploc === null ? [] : [[locationCell(row.ploc, 'P'), row.P]];
  if (row.by_nloc) return row.nloc === null ? [] : LOCATION_STAGES.filter((s) => s !== 'P').map((s) => [locationCell(row.nloc!, s), row[s]]);
  if (row.by_reason) return (REASONS as readonly string[]).includes(row.reason ?? 'NONE') ? [[reasonCell(row.reason), row.X]] : [];
  return (['I', 'R', 'G', 'P', 'C', 'N', 'E', 'T', 'S', 'SP'] as const).map((s) => [s, row[s]]);
}

/** Every municipality's true counts of one reference period, with what each organisation knows of them. */
export async function computeBases(db: DataSource | EntityManager, year: number, codes: readonly string[]): Promise<Map<string, Basis>> {
  const rows: Row[] = await db.query(FIGURES_SQL, [referenceDate(year), [...codes]]);
  const out = new Map<string, Basis>();
  for (const code of codes) out.set(code, { code, year, cells: {}, hoursAttended: 0, knowledge: {}, synthetic: false, empty: true });
  const known = new Map<string, Map<string, Cells>>();
  for (const row of rows) {
    const basis = out.get(row.code)!;
    const entries = cellsOfRow(row);
    if (row.org === null) {
      for (const [key, n] of entries) if (n > 0) basis.cells[key] = n;
      if (!row.by_nb && !row.by_ploc && !row.by_nloc && !row.by_reason) {
        basis.hoursAttended = Number(row.hours);
        basis.synthetic = row.synthetic ?? false;
      }
      if (entries.some(([, n]) => n > 0)) basis.empty = false;
    } else {
      const byOrg = known.get(row.code) ?? new Map<string, Cells>();
      known.set(row.code, byOrg);
      const cells = byOrg.get(row.org) ?? {};
      byOrg.set(row.org, cells);
      for (const [key, n] of entries) if (n > 0) cells[key] = n;
    }
  }
  for (const [code, basis] of out) {
    basis.cells = complete(basis.cells);
    for (const [org, cells] of known.get(code) ?? []) {
      const exact = LOCATION_STAGES.map((s) => locationCell(org, s)).filter((k) => k in basis.cells);
      // An organisation that knows every child of every cell has nothing to learn: it is no attacker.
      const partial = Object.entries(basis.cells).some(([key, n]) => n > 0 && (cells[key] ?? 0) < n);
      if (partial) basis.knowledge[org] = { known: cells, exact };
    }
  }
  return out;
}
