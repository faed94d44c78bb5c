/**
 * DUO's open education data (duo.nl/open_onderwijsdata): the "alle vestigingen" files of primary,
 * special and secondary education and the registers of school boards (bevoegde gezagen), in the
 * current layout (INSTELLINGSCODE, VESTIGINGSCODE: `32JK00`) and the older one (BRIN NUMMER,
 * VESTIGINGSNUMMER, BEVOEGD GEZAG NAAM). `;`-separated, windows-1252, CRLF; an empty cell is often one
 * space, which reading trims away.
 */
import type { FieldSpec, TableRow } from '@kansrijk/kit';
import { FORMATS, FORMAT_HINTS, normalisePostcode } from '../identifiers';
import { municipalityCodeOf } from './cbs';
import type { MunicipalityLookup } from './municipality-lookup';
import type { RegisterRecord } from './register-record';
import { hasColumn, type RegisterFormat } from './register-import';

const ADDRESS = {
  street: { names: ['STRAATNAAM'] },
  houseNumber: { names: ['HUISNUMMER-TOEVOEGING'] },
  postcode: { names: ['POSTCODE'], required: true },
  place: { names: ['PLAATSNAAM'] },
  municipalityNumber: { names: ['GEMEENTENUMMER'], required: true },
  denomination: { names: ['DENOMINATIE'] },
} satisfies Record<string, FieldSpec>;

export const DUO_LOCATIONS = {
  institution: { names: ['INSTELLINGSCODE', 'BRIN NUMMER'], required: true },
  location: { names: ['VESTIGINGSCODE', 'VESTIGINGSNUMMER'] },
  name: { names: ['VESTIGINGSNAAM'], required: true },
  board: { names: ['BEVOEGD GEZAG NUMMER'], required: true },
  boardName: { names: ['BEVOEGD GEZAG NAAM'] },
  ...ADDRESS,
} satisfies Record<string, FieldSpec>;

export const DUO_BOARDS = {
  board: { names: ['BEVOEGD GEZAG NUMMER'], required: true },
  boardName: { names: ['BEVOEGD GEZAG NAAM', 'BESTUURSNAAM', 'NAAM'], required: true },
  kvk: { names: ['KVK-NUMMER', 'KVK NUMMER'] },
  ...ADDRESS,
} satisfies Record<string, FieldSpec>;

/** The six characters of a school location (BRIN + vestigingsnummer), from however the file writes them. */
function locationCode(row: TableRow<keyof typeof DUO_LOCATIONS>): string | undefined {
  const institution = row.get('institution').toUpperCase();
  const location = row.get('location').toUpperCase();
  if (!row.has('location') || location === '') {
    // Without the column (some editions), the institution code is the six characters or the main location's four.
    if (FORMATS.brinLocation.test(institution)) return institution;
    if (FORMATS.brin.test(institution)) return `${institution}00`;
    return void row.problem('institution', FORMAT_HINTS.brin);
  }
  if (!FORMATS.brin.test(institution)) return void row.problem('institution', FORMAT_HINTS.brin);
  if (FORMATS.vestigingsnummer.test(location)) return `${institution}${location}`;
  if (FORMATS.brinLocation.test(location) && location.startsWith(institution)) return location;
  return void row.problem('location', `${FORMAT_HINTS.brinLocation.replace('must be', 'must be six characters,')} starting with ${institution} (or its two-digit vestigingsnummer)`);
}

/** The municipality of a row: GEMEENTENUMMER is the four-digit CBS number. */
function municipalityOf(row: TableRow<'municipalityNumber'>, municipalities: MunicipalityLookup): string | undefined {
  const code = /^\d{4}$/.test(row.get('municipalityNumber')) ? municipalityCodeOf(row.get('municipalityNumber')) : null;
  if (!code) return void row.problem('municipalityNumber', 'must be a CBS municipality number of four digits, e.g. 0984');
  const problem = municipalities.problemWith(code);
  if (problem) return void row.problem('municipalityNumber', problem);
  return code;
}

function addressOf(row: TableRow<keyof typeof ADDRESS>, municipalityCode: string) {
  return {
    street: row.get('street') || null,
    houseNumber: row.get('houseNumber') || null,
    postcode: normalisePostcode(row.get('postcode')),
    place: row.get('place') || null,
    municipalityCode,
  };
}

/** A school board as the row of a schools file names it: by number, and by name where the file has one. */
const boardOf = (board: string, name: string | null, municipalityCode: string): RegisterRecord => ({
  key: { column: 'boardNumber', value: board },
  newId: `bevoegd-gezag-${board}`,
  name,
  fallbackName: `Bevoegd gezag ${board}`,
  kind: 'SCHOOL_BOARD',
  parentKey: null,
  fields: { boardNumber: board },
  municipalities: [municipalityCode],
  address: null,
});

export function duoLocations(municipalities: MunicipalityLookup): RegisterFormat<keyof typeof DUO_LOCATIONS, RegisterRecord[]> {
  const seen = new Map<string, number>();
  return {
    name: 'DUO vestigingen',
    matches: (columns) => hasColumn(columns, 'VESTIGINGSNAAM') && hasColumn(columns, 'INSTELLINGSCODE', 'BRIN NUMMER'),
    fields: DUO_LOCATIONS,
    row(row) {
      const code = locationCode(row);
      if (code && seen.has(code)) row.problem(row.has('location') ? 'location' : 'institution', `${code} already appears on line ${seen.get(code)}`);
      else if (code) seen.set(code, row.line);
      const name = row.get('name');
      if (!name) row.problem('name', 'is empty');
      const board = row.get('board');
      if (!FORMATS.boardNumber.test(board)) row.problem('board', FORMAT_HINTS.boardNumber);
      if (!FORMATS.postcode.test(row.get('postcode').toUpperCase())) row.problem('postcode', FORMAT_HINTS.postcode);
      const municipalityCode = municipalityOf(row, municipalities);
      if (!code || !name || !municipalityCode) return undefined;
      return [
        boardOf(board, row.get('boardName') || null, municipalityCode),
        {
          key: { column: 'brin', value: code },
          newId: `school-${code.toLowerCase()}`,
          name,
          fallbackName: name,
          kind: 'SCHOOL',
          parentKey: { column: 'boardNumber', value: board },
          fields: { brin: code, denomination: row.get('denomination') || null },
          municipalities: [municipalityCode],
          address: addressOf(row, municipalityCode),
        },
      ];
    },
  };
}

/**
 * DUO's register of school boards: their names (the current schools files leave them out), KvK numbers
 * and seats. A board whose seat this installation does not hold is still named when its schools are here;
 * the write leaves out boards of other regions.
 */
export function duoBoards(municipalities: MunicipalityLookup): RegisterFormat<keyof typeof DUO_BOARDS, RegisterRecord[]> {
  const seen = new Map<string, number>();
  return {
    name: 'DUO besturen',
    matches: (columns) => hasColumn(columns, 'BEVOEGD GEZAG NUMMER') && hasColumn(columns, 'BEVOEGD GEZAG NAAM', 'BESTUURSNAAM') && !hasColumn(columns, 'VESTIGINGSNAAM'),
    fields: DUO_BOARDS,
    row(row) {
      const board = row.get('board');
      if (!FORMATS.boardNumber.test(board)) row.problem('board', FORMAT_HINTS.boardNumber);
      else if (seen.has(board)) row.problem('board', `${board} already appears on line ${seen.get(board)}`);
      else seen.set(board, row.line);
      const name = row.get('boardName');
      if (!name) row.problem('boardName', 'is empty');
      const kvk = kvkNumber(row.get('kvk'));
      if (kvk === undefined) row.problem('kvk', FORMAT_HINTS.kvkNumber);
      const seat = /^\d{4}$/.test(row.get('municipalityNumber')) ? municipalityCodeOf(row.get('municipalityNumber')) : null;
      if (!seat) row.problem('municipalityNumber', 'must be a CBS municipality number of four digits, e.g. 0984');
      if (!FORMATS.boardNumber.test(board) || !name || kvk === undefined || !seat) return undefined;
      const held = municipalities.problemWith(seat) === null;
      return [
        {
          ...boardOf(board, name, seat),
          fields: { boardNumber: board, ...(kvk ? { kvkNumber: kvk } : {}) },
          municipalities: held ? [seat] : [],
          address: held && FORMATS.postcode.test(row.get('postcode').toUpperCase()) ? addressOf(row, seat) : null,
        },
      ];
    },
  };
}

/**
 * A KvK number as registers and spreadsheets leave it: eight digits, or fewer when a spreadsheet took
 * it for a number and dropped leading zeros (`1093759` is `01093759`). '' when none, undefined when it
 * is no KvK number at all.
 */
export function kvkNumber(text: string): string | null | undefined {
  const digits = text.replace(/\s+/g, '');
  if (digits === '') return null;
  if (!/^\d{1,8}$/.test(digits) || /^0+$/.test(digits)) return undefined;
  return digits.padStart(8, '0');
}
