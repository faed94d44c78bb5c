/**
 * CBS's geography as CBS publishes it: the list of municipalities ("Gemeenten alfabetisch <jaar>"),
 * municipal mergers (gemeentelijke herindelingen), the wijk- en buurtkaart attribute tables (wijken and
 * buurten layers, upper-case columns until 2021, lower-case since) and StatLine's `WijkenEnBuurten`
 * dimension (`Key;Title`). Each format names its fields with the column names CBS uses; any case.
 */
import type { FieldSpec, TableRow } from '@kansrijk/kit';
import { municipalityOfAreaCode } from '../identifiers';

const GM = /^GM\d{4}$/;
const WK = /^WK\d{6}$/;
const BU = /^BU\d{8}$/;

/** `0984`, `984` and `GM0984` are the same CBS municipality code; stored as `GM0984`. */
export function municipalityCodeOf(text: string): string | null {
  const t = text.trim().toUpperCase();
  if (GM.test(t)) return t;
  if (/^\d{1,4}$/.test(t)) return `GM${t.padStart(4, '0')}`;
  return null;
}

// ---- Gemeenten alfabetisch ------------------------------------------------------------------

export const MUNICIPALITY_LIST = {
  code: { names: ['GemeentecodeGM', 'Gemeentecode', 'GM_CODE', 'gemeentecode'], required: true },
  name: { names: ['Gemeentenaam', 'GM_NAAM', 'gemeentenaam'], required: true },
  province: { names: ['Provincienaam', 'Provincie'], required: true },
} satisfies Record<string, FieldSpec>;

export interface ListedMunicipality {
  code: string;
  name: string;
  province: string;
}

export function listedMunicipality(row: TableRow<keyof typeof MUNICIPALITY_LIST>, seen: Map<string, number>): ListedMunicipality | undefined {
  const code = municipalityCodeOf(row.get('code'));
  if (!code) row.problem('code', 'must be a CBS municipality code: four digits or GM followed by four digits');
  else if (seen.has(code)) row.problem('code', `${code} already appears on line ${seen.get(code)}`);
  else seen.set(code, row.line);
  const name = row.get('name');
  if (!name) row.problem('name', 'is empty');
  const province = row.get('province');
  if (!province) row.problem('province', 'is empty');
  return code && name && province ? { code, name, province } : undefined;
}

// ---- Herindelingen --------------------------------------------------------------------------

/**
 * A merger per row: the municipality that ceased, the one it went into and the date. CBS publishes
 * mergers as overviews and lists per 1 January, not as one table; this is the table Kansrijk reads,
 * with CBS's words for its columns (docs/registers.md).
 */
export const MERGERS = {
  date: { names: ['datum_ingang', 'Datum ingang', 'ingangsdatum', 'datum'], required: true },
  oldCode: { names: ['oude_gemeentecode', 'Oude gemeentecode'], required: true },
  oldName: { names: ['oude_gemeentenaam', 'Oude gemeentenaam'] },
  newCode: { names: ['nieuwe_gemeentecode', 'Nieuwe gemeentecode'], required: true },
  newName: { names: ['nieuwe_gemeentenaam', 'Nieuwe gemeentenaam'] },
} satisfies Record<string, FieldSpec>;

export interface Merger {
  date: string;
  oldCode: string;
  oldName: string;
  newCode: string;
  newName: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DUTCH_DATE = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;

/** `2023-01-01` or `1-1-2023` (how a spreadsheet writes it) as an ISO date, or null. */
export function dateOf(text: string): string | null {
  const iso = ISO_DATE.exec(text);
  const nl = DUTCH_DATE.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : nl ? [nl[3], nl[2].padStart(2, '0'), nl[1].padStart(2, '0')] : [];
  if (!y) return null;
  const date = `${y}-${m}-${d}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date ? date : null;
}

export function merger(row: TableRow<keyof typeof MERGERS>): Merger | undefined {
  const date = dateOf(row.get('date'));
  if (!date) row.problem('date', 'must be a date as YYYY-MM-DD (or D-M-YYYY)');
  const oldCode = municipalityCodeOf(row.get('oldCode'));
  if (!oldCode) row.problem('oldCode', 'must be a CBS municipality code');
  const newCode = municipalityCodeOf(row.get('newCode'));
  if (!newCode) row.problem('newCode', 'must be a CBS municipality code');
  if (oldCode && oldCode === newCode) row.problem('newCode', 'is the municipality that ceased itself');
  return date && oldCode && newCode ? { date, oldCode, newCode, oldName: row.get('oldName'), newName: row.get('newName') } : undefined;
}

// ---- Wijken en buurten ----------------------------------------------------------------------

/** The wijk- en buurtkaart attribute tables: the wijken layer (WK_CODE, WK_NAAM) or the buurten layer (BU_CODE, BU_NAAM, WK_CODE). */
export const AREA_TABLE = {
  buurtCode: { names: ['BU_CODE', 'buurtcode'] },
  buurtName: { names: ['BU_NAAM', 'buurtnaam'] },
  wijkCode: { names: ['WK_CODE', 'wijkcode'], required: true },
  wijkName: { names: ['WK_NAAM', 'wijknaam'] },
  municipalityCode: { names: ['GM_CODE', 'gemeentecode'], required: true },
} satisfies Record<string, FieldSpec>;

/** StatLine's `WijkenEnBuurten` dimension: every region of the country, its code padded with spaces. */
export const STATLINE_AREAS = {
  key: { names: ['Key'], required: true },
  title: { names: ['Title'], required: true },
} satisfies Record<string, FieldSpec>;

export interface Area {
  kind: 'wijk' | 'buurt';
  code: string;
  name: string;
  /** The wijk a buurt lies in. */
  wijkCode: string;
  municipalityCode: string;
}

export function areaOfTable(row: TableRow<keyof typeof AREA_TABLE>): Area | undefined {
  const municipalityCode = municipalityCodeOf(row.get('municipalityCode'));
  if (!municipalityCode) row.problem('municipalityCode', 'must be a CBS municipality code');
  const wijkCode = row.get('wijkCode').toUpperCase();
  if (!WK.test(wijkCode)) return void row.problem('wijkCode', 'must be a CBS wijkcode: WK followed by six digits');
  if (municipalityCode && municipalityOfAreaCode(wijkCode) !== municipalityCode) return void row.problem('wijkCode', `${wijkCode} does not lie in ${municipalityCode}`);
  if (row.has('buurtCode')) {
    const code = row.get('buurtCode').toUpperCase();
    if (!BU.test(code)) return void row.problem('buurtCode', 'must be a CBS buurtcode: BU followed by eight digits');
    if (code.slice(2, 8) !== wijkCode.slice(2)) return void row.problem('buurtCode', `${code} does not lie in ${wijkCode}`);
    const name = row.get('buurtName');
    if (!name) return void row.problem('buurtName', 'is empty');
    return { kind: 'buurt', code, name, wijkCode, municipalityCode: municipalityCode! };
  }
  const name = row.get('wijkName');
  if (!name) return void row.problem('wijkName', 'is empty (a wijken layer names its wijken)');
  return { kind: 'wijk', code: wijkCode, name, wijkCode, municipalityCode: municipalityCode! };
}

export function areaOfStatLine(row: TableRow<keyof typeof STATLINE_AREAS>): Area | undefined {
  const key = row.get('key').toUpperCase();
  const name = row.get('title');
  if (/^(NL\d*|GM\d{4})$/.test(key)) return void row.skip('rows of the country and municipalities (not wijken or buurten)');
  if (!WK.test(key) && !BU.test(key)) return void row.problem('key', 'must be a CBS area code: NL, GM + 4, WK + 6 or BU + 8 digits');
  if (!name) return void row.problem('title', 'is empty');
  const municipalityCode = municipalityOfAreaCode(key);
  return WK.test(key)
    ? { kind: 'wijk', code: key, name, wijkCode: key, municipalityCode }
    : { kind: 'buurt', code: key, name, wijkCode: `WK${key.slice(2, 8)}`, municipalityCode };
}
