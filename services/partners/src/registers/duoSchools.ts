import { missingColumns, type CsvFile, type RowProblem } from '@kansrijk/kit';
import { FORMATS, FORMAT_HINTS, normalisePostcode } from '../identifiers';
import type { MunicipalityLookup } from './municipalityLookup';
import type { RegisterRecord } from './RegisterRecord';

/** DUO's "adressen vestigingen" files (`;`-separated). VESTIGINGSNUMMER is absent from some editions. */
export const DUO_REQUIRED = ['BRIN NUMMER', 'VESTIGINGSNAAM', 'BEVOEGD GEZAG NUMMER', 'GEMEENTENUMMER', 'POSTCODE'] as const;

export const isDuoSchools = (file: CsvFile) => file.columns.includes('BRIN NUMMER');

/**
 * The BRIN + vestigingsnummer of a row. DUO writes the vestigingsnummer as two digits or as the
 * full six characters; without the column, BRIN NUMMER is either the six characters or the four of
 * the main location (hoofdvestiging, `00`).
 */
function locationCode(values: Record<string, string>, hasColumn: boolean, problem: (column: string, message: string) => void): string | null {
  const brin = values['BRIN NUMMER'].toUpperCase();
  if (!hasColumn) {
    if (FORMATS.brinLocation.test(brin)) return brin;
    if (FORMATS.brin.test(brin)) return `${brin}00`;
    problem('BRIN NUMMER', FORMAT_HINTS.brin);
    return null;
  }
  if (!FORMATS.brin.test(brin)) {
    problem('BRIN NUMMER', FORMAT_HINTS.brin);
    return null;
  }
  const vestiging = values.VESTIGINGSNUMMER.toUpperCase();
  if (FORMATS.vestigingsnummer.test(vestiging)) return `${brin}${vestiging}`;
  if (FORMATS.brinLocation.test(vestiging) && vestiging.startsWith(brin)) return vestiging;
  problem('VESTIGINGSNUMMER', `${FORMAT_HINTS.vestigingsnummer} (or ${brin} followed by two digits)`);
  return null;
}

/** School boards and schools from a DUO schools file; every problem of every row, or none. */
export function duoSchoolRecords(file: CsvFile, municipalities: MunicipalityLookup): { records: RegisterRecord[]; problems: RowProblem[] } {
  const problems = missingColumns(file, DUO_REQUIRED);
  if (problems.length) return { records: [], problems };
  const hasVestiging = file.columns.includes('VESTIGINGSNUMMER');
  const boards = new Map<string, RegisterRecord>();
  const schools: RegisterRecord[] = [];
  const seen = new Map<string, number>();

  for (const row of file.rows) {
    const { line } = row;
    // A short row (fewer cells than the header) reads as empty cells, which the checks below report.
    const values = Object.fromEntries(file.columns.map((c) => [c, row.values[c] ?? '']));
    let ok = true;
    const problem = (column: string, message: string) => {
      problems.push({ line, column, message });
      ok = false;
    };
    const code = locationCode(values, hasVestiging, problem);
    if (code && seen.has(code)) problem(hasVestiging ? 'VESTIGINGSNUMMER' : 'BRIN NUMMER', `${code} already appears on line ${seen.get(code)}`);
    else if (code) seen.set(code, line);
    const name = values.VESTIGINGSNAAM;
    if (!name) problem('VESTIGINGSNAAM', 'is empty');
    const board = values['BEVOEGD GEZAG NUMMER'];
    if (!FORMATS.boardNumber.test(board)) problem('BEVOEGD GEZAG NUMMER', FORMAT_HINTS.boardNumber);
    const number = values.GEMEENTENUMMER;
    const municipalityCode = `GM${number}`;
    if (!/^\d{4}$/.test(number)) problem('GEMEENTENUMMER', 'must be a CBS municipality number of four digits, e.g. 0984');
    else if (!municipalities.byCode.has(municipalityCode)) problem('GEMEENTENUMMER', `unknown municipality ${municipalityCode}`);
    const postcode = values.POSTCODE.toUpperCase();
    if (!FORMATS.postcode.test(postcode)) problem('POSTCODE', FORMAT_HINTS.postcode);
    if (!ok || !code) continue;

    const boardKey = { column: 'boardNumber' as const, value: board };
    const known = boards.get(board);
    if (known) {
      if (!known.municipalities.includes(municipalityCode)) known.municipalities.push(municipalityCode);
    } else {
      boards.set(board, {
        key: boardKey,
        newId: `bevoegd-gezag-${board}`,
        name: values['BEVOEGD GEZAG NAAM'] || null,
        fallbackName: `Bevoegd gezag ${board}`,
        kind: 'SCHOOL_BOARD',
        parentKey: null,
        fields: { boardNumber: board },
        municipalities: [municipalityCode],
        address: null,
      });
    }
    schools.push({
      key: { column: 'brin', value: code },
      newId: `school-${code.toLowerCase()}`,
      name,
      fallbackName: name,
      kind: 'SCHOOL',
      parentKey: boardKey,
      fields: { brin: code },
      municipalities: [municipalityCode],
      address: {
        street: values.STRAATNAAM || null,
        houseNumber: values['HUISNUMMER-TOEVOEGING'] || null,
        postcode: normalisePostcode(postcode),
        place: values.PLAATSNAAM || null,
        municipalityCode,
      },
    });
  }
  return problems.length ? { records: [], problems } : { records: [...boards.values(), ...schools], problems };
}
