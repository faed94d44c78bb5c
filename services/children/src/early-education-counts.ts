import { partition } from '@kansrijk/kit';
import type { DataSource } from 'typeorm';
import type { NonParticipationReason } from './entities';

export interface FiguresKey {
  code: string;
  year: number;
}

/** The funnel of target-group toddlers on the reference date, and the 960-hour norm cohort. */
export interface FunnelCounts {
  indicated: number;
  referred: number;
  registered: number;
  placed: number;
  normCohort: number;
  normReached: number;
}

/** Unpublished counts of one municipality and year: the total and the cells of each breakdown. */
export interface EarlyEducationCounts extends FiguresKey {
  total: FunnelCounts;
  byNeighbourhood: { neighbourhood: string | null; counts: FunnelCounts }[];
  byLocation: { locationId: string; counts: FunnelCounts }[];
  /** Indicated toddlers not placed on the reference date, by reason; null: no reason recorded. */
  byReason: { reason: NonParticipationReason | null; n: number }[];
  /** Whether the municipality's children are synthetic demo data. */
  synthetic: boolean;
}

/** The reference date (peildatum) of a year's VVE figures: 1 October. */
export function referenceDate(year: number): string {
  return `${year}-10-01`;
}

/** The VE norm: 960 hours within the 18 months from age 2½ (at most 6 hours a day count). */
export const NORM_HOURS = 960;

/**
 * Every figure of a year for a set of municipalities, in one statement. Per child:
 * - the funnel on the reference date: aged 2 or 3 (only the birth month is known: a child counts as
 *   born on its first day) with a VE indication issued by then and still valid (`indicated`); of
 *   those, referred (toeleiding) and registered (aanmelding) by then per the latest such indication,
 *   and placed (a placement running on the date, at `placed_location`);
 * - the norm cohort: children with a VE indication who turned 4 in the twelve months up to the
 *   reference date and were placed before; `hours` are their attended hours in the months from age
 *   2½ to 4 (attendance rows never hold more than 6 hours a day);
 * then the totals per municipality and the cells per neighbourhood, location and reason.
 */
const FIGURES_SQL = `
  WITH kids AS (
    SELECT c.municipality_code AS code, c.neighbourhood_code AS neighbourhood, c.synthetic,
           t.id IS NOT NULL AS indicated,
           COALESCE(t.referred_on <= $1::date, false) AS referred,
           COALESCE(t.registered_on <= $1::date, false) AS registered,
           t.non_participation_reason AS reason,
           pl.location_id AS placed_location,
           nc.location_id AS norm_location,
           nc.hours
    FROM children.child c
    LEFT JOIN LATERAL (
      SELECT i.id, i.referred_on, i.registered_on, i.non_participation_reason
      FROM children.indication i
      WHERE i.child_id = c.id AND i.kind = 'VE' AND i.issued_on <= $1::date
        AND (i.valid_until IS NULL OR i.valid_until >= $1::date)
        AND c.birth_month + interval '2 years' <= $1::date AND c.birth_month + interval '4 years' > $1::date
      ORDER BY i.issued_on DESC, i.id LIMIT 1
    ) t ON true
    LEFT JOIN LATERAL (
      SELECT p.location_id FROM children.placement p
      WHERE t.id IS NOT NULL AND p.child_id = c.id AND p.start_date <= $1::date AND (p.end_date IS NULL OR p.end_date >= $1::date)
      ORDER BY p.start_date DESC, p.id LIMIT 1
    ) pl ON true
    LEFT JOIN LATERAL (
      SELECT (SELECT p.location_id FROM children.placement p
              WHERE p.child_id = c.id AND p.start_date < c.birth_month + interval '4 years'
              ORDER BY p.start_date DESC, p.id LIMIT 1) AS location_id,
             (SELECT COALESCE(sum(a.hours), 0) FROM children.attendance a JOIN children.placement p ON p.id = a.placement_id
              WHERE p.child_id = c.id AND a.month >= c.birth_month + interval '30 months'
                AND a.month < c.birth_month + interval '48 months') AS hours
      WHERE c.birth_month + interval '4 years' > $1::date - interval '1 year'
        AND c.birth_month + interval '4 years' <= $1::date
        AND EXISTS (SELECT 1 FROM children.indication i WHERE i.child_id = c.id AND i.kind = 'VE')
    ) nc ON true
    WHERE c.municipality_code = ANY($2::text[])
  ),
  funnel AS (
    SELECT code, neighbourhood, synthetic, placed_location, reason,
           indicated, referred AND indicated AS referred, registered AND indicated AS registered,
           placed_location IS NOT NULL AS placed,
           norm_location IS NOT NULL AS in_cohort,
           norm_location IS NOT NULL AND hours >= ${NORM_HOURS} AS norm_reached,
           norm_location
    FROM kids
  )
  SELECT code, 'TOTAL' AS level, NULL AS key, bool_or(synthetic) AS synthetic,
         count(*) FILTER (WHERE indicated)::int AS indicated, count(*) FILTER (WHERE referred)::int AS referred,
         count(*) FILTER (WHERE registered)::int AS registered, count(*) FILTER (WHERE placed)::int AS placed,
         count(*) FILTER (WHERE in_cohort)::int AS norm_cohort, count(*) FILTER (WHERE norm_reached)::int AS norm_reached
  FROM funnel GROUP BY code
  UNION ALL
  SELECT code, 'NEIGHBOURHOOD', neighbourhood, bool_or(synthetic),
         count(*) FILTER (WHERE indicated)::int, count(*) FILTER (WHERE referred)::int,
         count(*) FILTER (WHERE registered)::int, count(*) FILTER (WHERE placed)::int,
         count(*) FILTER (WHERE in_cohort)::int, count(*) FILTER (WHERE norm_reached)::int
  FROM funnel WHERE indicated OR in_cohort GROUP BY code, neighbourhood
  UNION ALL
  SELECT code, 'LOCATION', location, bool_or(synthetic), 0, 0, 0,
         count(*) FILTER (WHERE placed)::int, count(*) FILTER (WHERE in_cohort)::int, count(*) FILTER (WHERE norm_reached)::int
  FROM (
    SELECT code, placed_location AS location, synthetic, true AS placed, false AS in_cohort, false AS norm_reached FROM funnel WHERE placed
    UNION ALL
    SELECT code, norm_location, synthetic, false, true, norm_reached FROM funnel WHERE in_cohort
  ) by_location GROUP BY code, location
  UNION ALL
  SELECT code, 'REASON', reason, bool_or(synthetic), count(*)::int, 0, 0, 0, 0, 0
  FROM funnel WHERE indicated AND NOT placed GROUP BY code, reason`;

interface Row {
  code: string;
  level: 'TOTAL' | 'NEIGHBOURHOOD' | 'LOCATION' | 'REASON';
  key: string | null;
  synthetic: boolean;
  indicated: number;
  referred: number;
  registered: number;
  placed: number;
  norm_cohort: number;
  norm_reached: number;
}

const ZERO: FunnelCounts = { indicated: 0, referred: 0, registered: 0, placed: 0, normCohort: 0, normReached: 0 };

const countsOf = (r: Row): FunnelCounts => ({
  indicated: r.indicated,
  referred: r.referred,
  registered: r.registered,
  placed: r.placed,
  normCohort: r.norm_cohort,
  normReached: r.norm_reached,
});

/** Cells in a fixed order (by key, unknown last), so that suppression is deterministic. */
const byKey = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

/** One query per distinct year; a municipality without children gets zeros and empty breakdowns. */
export async function earlyEducationCounts(db: DataSource, keys: readonly FiguresKey[]): Promise<EarlyEducationCounts[]> {
  const out: EarlyEducationCounts[] = [];
  for (const [year, group] of partition(keys, (k) => k.year)) {
    const codes = [...new Set(group.map((k) => k.code))];
    const rows: Row[] = await db.query(FIGURES_SQL, [referenceDate(year), codes]);
    for (const code of codes) {
      const mine = rows.filter((r) => r.code === code);
      const total = mine.find((r) => r.level === 'TOTAL');
      const cells = (level: Row['level']) => mine.filter((r) => r.level === level).sort((a, b) => byKey(a.key, b.key));
      out.push({
        code,
        year,
        total: total ? countsOf(total) : ZERO,
        byNeighbourhood: cells('NEIGHBOURHOOD').map((r) => ({ neighbourhood: r.key, counts: countsOf(r) })),
        byLocation: cells('LOCATION').map((r) => ({ locationId: r.key!, counts: countsOf(r) })),
        byReason: cells('REASON').map((r) => ({ reason: r.key as NonParticipationReason | null, n: r.indicated })),
        synthetic: total?.synthetic ?? false,
      });
    }
  }
  return out;
}
