import { partition } from '@kansrijk/kit';
import type { DataSource } from 'typeorm';

export interface FiguresKey {
  code: string;
  year: number;
}

export interface EarlyEducationCounts extends FiguresKey {
  indicated: number;
  placed: number;
  /** Whether the municipality's children are synthetic demo data. */
  synthetic: boolean;
}

/** The reference date (peildatum) of a year's VVE figures: 1 October. */
export function referenceDate(year: number): string {
  return `${year}-10-01`;
}

/**
 * Target-group toddlers (aged 2 or 3 on the reference date, with a VE indication issued by then and
 * still valid) and how many of them have a placement running on that date, per municipality. Only
 * the birth month is known, so a child counts as born on its first day. Counted in SQL, one query
 * per distinct year; a municipality without children gets zeros.
 */
const COUNTS_SQL = `
  SELECT c.municipality_code AS code,
         COUNT(*) FILTER (WHERE t.indicated)::int AS indicated,
         COUNT(*) FILTER (WHERE t.indicated AND EXISTS (
           SELECT 1 FROM children.placement p
           WHERE p.child_id = c.id AND p.start_date <= $1::date AND (p.end_date IS NULL OR p.end_date >= $1::date)
         ))::int AS placed,
         bool_or(c.synthetic) AS synthetic
  FROM children.child c
  CROSS JOIN LATERAL (
    SELECT c.birth_month + interval '2 years' <= $1::date
       AND c.birth_month + interval '4 years' > $1::date
       AND EXISTS (
         SELECT 1 FROM children.indication i
         WHERE i.child_id = c.id AND i.kind = 'VE' AND i.issued_on <= $1::date
           AND (i.valid_until IS NULL OR i.valid_until >= $1::date)
       ) AS indicated
  ) t
  WHERE c.municipality_code = ANY($2::text[])
  GROUP BY c.municipality_code`;

export async function earlyEducationCounts(db: DataSource, keys: readonly FiguresKey[]): Promise<EarlyEducationCounts[]> {
  const out: EarlyEducationCounts[] = [];
  for (const [year, group] of partition(keys, (k) => k.year)) {
    const codes = [...new Set(group.map((k) => k.code))];
    const rows: { code: string; indicated: number; placed: number; synthetic: boolean }[] = await db.query(COUNTS_SQL, [
      referenceDate(year),
      codes,
    ]);
    const byCode = new Map(rows.map((r) => [r.code, r]));
    for (const code of codes) {
      const row = byCode.get(code);
      out.push({ code, year, indicated: row?.indicated ?? 0, placed: row?.placed ?? 0, synthetic: row?.synthetic ?? false });
    }
  }
  return out;
}
