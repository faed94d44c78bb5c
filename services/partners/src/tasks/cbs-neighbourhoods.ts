import { missingColumns, type CsvFile, type RowProblem } from '@kansrijk/kit';
import type { Neighbourhood } from '../entities';
import { municipalityOfAreaCode } from '../identifiers';
import type { MunicipalityLookup } from './municipality-lookup';

/** CBS StatLine's "WijkenEnBuurten" dimension of the Kerncijfers wijken en buurten tables, exported as CSV. */
export const CBS_REQUIRED = ['Key', 'Title'] as const;

const AREA_KEY = /^(GM\d{4}|WK\d{6}|BU\d{8})$/;

/**
 * The wijken of the municipalities Kansrijk holds. The dimension also lists municipalities (GM) and
 * buurten (BU), and covers the whole country: those rows are well-formed but not taken.
 */
export function cbsNeighbourhoods(file: CsvFile, municipalities: MunicipalityLookup): { neighbourhoods: Neighbourhood[]; problems: RowProblem[] } {
  const problems = missingColumns(file, CBS_REQUIRED);
  if (problems.length) return { neighbourhoods: [], problems };
  const neighbourhoods: Neighbourhood[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of file.rows) {
    const key = (values.Key ?? '').toUpperCase();
    const name = values.Title ?? '';
    if (!AREA_KEY.test(key)) {
      problems.push({ line, column: 'Key', message: 'must be a CBS area code: GM + 4, WK + 6 or BU + 8 digits' });
      continue;
    }
    if (!key.startsWith('WK')) continue;
    if (seen.has(key)) problems.push({ line, column: 'Key', message: `${key} already appears on line ${seen.get(key)}` });
    else seen.set(key, line);
    if (!name) problems.push({ line, column: 'Title', message: 'is empty' });
    const municipalityCode = municipalityOfAreaCode(key);
    if (name && municipalities.byCode.has(municipalityCode)) neighbourhoods.push({ code: key, name, municipalityCode });
  }
  return problems.length ? { neighbourhoods: [], problems } : { neighbourhoods, problems };
}
