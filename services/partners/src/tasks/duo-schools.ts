import { missingColumns, type CsvFile, type RowProblem } from '@kansrijk/kit';
import { FORMATS, FORMAT_HINTS, normalisePostcode } from '../identifiers';
import type { MunicipalityLookup } from './municipality-lookup';
import { addParent, eachValidRow, type RegisterRecord } from './register-record';

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

  eachValidRow(
    file,
    problems,
    ({ line, values, problem }) => {
      const code = locationCode(values, hasVestiging, problem);
      if (code && seen.has(code)) problem(hasVestiging ? 'VESTIGINGSNUMMER' : 'BRIN NUMMER', `${code} already appears on line ${seen.get(code)}`);
      else if (code) seen.set(code, line);
      if (!values.VESTIGINGSNAAM) problem('VESTIGINGSNAAM', 'is empty');
      if (!FORMATS.boardNumber.test(values['BEVOEGD GEZAG NUMMER'])) problem('BEVOEGD GEZAG NUMMER', FORMAT_HINTS.boardNumber);
      const number = values.GEMEENTENUMMER;
      const municipalityCode = `GM${number}`;
      if (!/^\d{4}$/.test(number)) problem('GEMEENTENUMMER', 'must be a CBS municipality number of four digits, e.g. 0984');
      else if (!municipalities.byCode.has(municipalityCode)) problem('GEMEENTENUMMER', `unknown municipality ${municipalityCode}`);
      const postcode = values.POSTCODE.toUpperCase();
      if (!FORMATS.postcode.test(postcode)) problem('POSTCODE', FORMAT_HINTS.postcode);
      // A null code always came with a problem, so `build` never sees it.
      return { school: code!, municipalityCode, postcode };
    },
    ({ school, municipalityCode, postcode }, { values }) => {
      const board = values['BEVOEGD GEZAG NUMMER'];
      const boardKey = { column: 'boardNumber' as const, value: board };
      addParent(boards, {
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
      schools.push({
        key: { column: 'brin', value: school },
        newId: `school-${school.toLowerCase()}`,
        name: values.VESTIGINGSNAAM,
        fallbackName: values.VESTIGINGSNAAM,
        kind: 'SCHOOL',
        parentKey: boardKey,
        fields: { brin: school },
        municipalities: [municipalityCode],
        address: {
          street: values.STRAATNAAM || null,
          houseNumber: values['HUISNUMMER-TOEVOEGING'] || null,
          postcode: normalisePostcode(postcode),
          place: values.PLAATSNAAM || null,
          municipalityCode,
        },
      });
    },
  );
  return problems.length ? { records: [], problems } : { records: [...boards.values(), ...schools], problems };
}
