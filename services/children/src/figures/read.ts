/**
 * The read path of the VVE figures: stored publications only, one statement per kind of question for a
 * whole request (every municipality and year asked for at once), whatever the number of children.
 */
import { keyedLoader, groupedLoader } from '@kansrijk/kit';
import { type Count } from '@kansrijk/domain';
import type { DataSource } from 'typeorm';
import type { PublicationStatus } from '../entities';
import type { PublishedFigures, PublishedLocation, PublishedNeighbourhood } from './publish';

export interface FiguresKey {
  code: string;
  year: number;
}

export interface PublicationRow extends FiguresKey {
  id: string | null;
  definitionId: string | null;
  definitionVersion: string | null;
  version: number | null;
  status: PublicationStatus | null;
  computedAt: Date | null;
  sealedAt: Date | null;
  synthetic: boolean;
  figures: PublishedFigures | null;
  stale: boolean;
}

export interface BreakdownRow extends FiguresKey {
  byNeighbourhood: PublishedNeighbourhood[];
  byLocation: PublishedLocation[];
}

export interface LocationCellRow extends PublishedLocation {
  code: string;
  year: number;
}

/** A figure that does not exist (no data, not yet): no number, and nothing suppressed. */
export const NO_FIGURE: Count = { value: null, suppressed: false, label: '.' };

export function createFiguresLoaders(db: DataSource) {
  return {
    /** The current publication of each municipality and year asked for, and whether records changed since. */
    publication: keyedLoader(
      (keys: readonly FiguresKey[]) =>
        db.query(
          `SELECT k.code, k.year, p.id, p.definition_id AS "definitionId", d.version AS "definitionVersion", p.version, p.status,
                  p.checked_at AS "computedAt", p.sealed_at AS "sealedAt", COALESCE(p.synthetic, false) AS synthetic, p.figures,
                  s.municipality_code IS NOT NULL AS stale
           FROM unnest($1::text[], $2::int[]) AS k(code, year)
           LEFT JOIN children.figures_publication p ON p.municipality_code = k.code AND p.year = k.year AND p.current
           LEFT JOIN children.target_group_definition d ON d.id = p.definition_id
           LEFT JOIN children.figures_stale s ON s.municipality_code = k.code AND s.year = k.year`,
          [keys.map((k) => k.code), keys.map((k) => k.year)],
        ) as Promise<PublicationRow[]>,
      (row): FiguresKey => ({ code: row.code, year: row.year }),
    ),
    /** The breakdowns of each current publication asked for. */
    breakdowns: keyedLoader(
      (keys: readonly FiguresKey[]) =>
        db.query(
          `SELECT p.municipality_code AS code, p.year, p.by_neighbourhood AS "byNeighbourhood", p.by_location AS "byLocation"
           FROM unnest($1::text[], $2::int[]) AS k(code, year)
           JOIN children.figures_publication p ON p.municipality_code = k.code AND p.year = k.year AND p.current`,
          [keys.map((k) => k.code), keys.map((k) => k.year)],
        ) as Promise<BreakdownRow[]>,
      (row): FiguresKey => ({ code: row.code, year: row.year }),
    ),
    /** A VE location's cells in every current publication of a year, in municipality-code order. */
    locationCells: groupedLoader(
      (keys: readonly { location: string; year: number }[]) =>
        db.query(
          `SELECT p.municipality_code AS code, p.year, cell.value AS cell
           FROM unnest($1::text[], $2::int[]) AS k(location, year)
           JOIN children.figures_location fl ON fl.location_id = k.location
           JOIN children.figures_publication p ON p.id = fl.publication_id AND p.current AND p.year = k.year
           CROSS JOIN LATERAL jsonb_array_elements(p.by_location) AS cell(value)
           WHERE cell.value->>'location' = k.location
           ORDER BY p.municipality_code`,
          [keys.map((k) => k.location), keys.map((k) => k.year)],
        ).then((rows: { code: string; year: number; cell: PublishedLocation }[]) => rows.map((r): LocationCellRow => ({ code: r.code, year: r.year, ...r.cell }))),
      (row) => ({ location: row.location, year: row.year }),
    ),
  };
}
