import { assertMunicipalityCode } from '@kansrijk/domain';
import { writeCsv } from '@kansrijk/kit';
import type { DataSource } from 'typeorm';
import type { PublishedFigures, PublishedLocation, PublishedNeighbourhood } from '../figures/publish';
import { referenceDate } from '../figures/compute';

/** One row per cell of a publication: what a spreadsheet of published figures looks like. */
export const FIGURES_COLUMNS = ['municipality', 'year', 'reference_date', 'definition_version', 'version', 'computed_at', 'status', 'sealed', 'breakdown', 'key', 'figure', 'label'] as const;

const USAGE = 'usage: npm run export -- figures --year <YYYY> [--year <YYYY> ...] [--municipality <GMxxxx> ...]';

function values(args: string[], flag: string): string[] {
  return args.flatMap((a, i) => (a === flag ? [args[i + 1] ?? ''] : []));
}

interface Row {
  code: string;
  year: number;
  definitionVersion: string;
  version: number;
  computedAt: Date;
  status: string;
  sealedAt: Date | null;
  figures: PublishedFigures;
  byNeighbourhood: PublishedNeighbourhood[];
  byLocation: PublishedLocation[];
}

/**
 * `npm run export -- figures --year 2023 [--municipality GM0556]`: the current publications as CSV
 * (`;`), every cell with the label it is published with. Withheld cells read `<5` or `x`, exactly as
 * the API shows them; their values are not in the publication, so they cannot be in the export.
 */
export async function exportFigures(db: DataSource, args: string[]): Promise<string> {
  const years = values(args, '--year').map((y) => {
    if (!/^\d{4}$/.test(y)) throw new Error(USAGE);
    return Number(y);
  });
  if (years.length === 0) throw new Error(USAGE);
  const codes = values(args, '--municipality').map((c) => assertMunicipalityCode('municipality', c));
  const rows: Row[] = await db.query(
    `SELECT p.municipality_code AS code, p.year, d.version AS "definitionVersion", p.version, p.checked_at AS "computedAt", p.status,
            p.sealed_at AS "sealedAt", p.figures, p.by_neighbourhood AS "byNeighbourhood", p.by_location AS "byLocation"
     FROM children.figures_publication p JOIN children.target_group_definition d ON d.id = p.definition_id
     WHERE p.current AND p.year = ANY($1::int[]) AND (cardinality($2::text[]) = 0 OR p.municipality_code = ANY($2::text[]))
     ORDER BY p.municipality_code, p.year`,
    [years, codes],
  );
  const lines: string[][] = [];
  for (const r of rows) {
    const head = [r.code, String(r.year), referenceDate(r.year), r.definitionVersion, String(r.version), new Date(r.computedAt).toISOString(), r.status, r.sealedAt ? 'yes' : 'no'];
    const cell = (breakdown: string, key: string, figure: string, label: string) => lines.push([...head, breakdown, key, figure, label]);
    const f = r.figures;
    for (const figure of ['indicated', 'referred', 'registered', 'placed', 'normCohort', 'normAchieved', 'fromTwoAndAHalf', 'onTrack'] as const) cell('total', '', figure, f[figure].label);
    cell('kind', 'SOCIAL_MEDICAL', 'indicated', f.socialMedical.indicated.label);
    cell('kind', 'SOCIAL_MEDICAL', 'placed', f.socialMedical.placed.label);
    for (const n of f.nonParticipation) cell('reason', n.reason ?? '', 'notPlaced', n.count.label);
    cell('hours', '', 'attended', f.hours.attended === null ? 'x' : f.hours.attended.toFixed(1));
    cell('hours', '', 'averagePerPlaced', f.hours.averagePerPlaced === null ? 'x' : f.hours.averagePerPlaced.toFixed(1));
    for (const n of r.byNeighbourhood) {
      for (const figure of ['indicated', 'referred', 'registered', 'placed', 'normCohort', 'normAchieved'] as const) cell('neighbourhood', n.neighbourhood ?? '', figure, n[figure].label);
    }
    for (const l of r.byLocation) for (const figure of ['placed', 'normCohort', 'normAchieved'] as const) cell('location', l.location, figure, l[figure].label);
  }
  return writeCsv(FIGURES_COLUMNS, lines);
}
