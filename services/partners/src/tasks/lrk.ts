/**
 * The open-data export of the Landelijk Register Kinderopvang (landelijkregisterkinderopvang.nl): one row
 * per childcare location (opvanglocatie) with its houder. The current export writes the address in one
 * column (`opvanglocatie_adres`: "Brukske 7"), the VE flag as `ve` and the municipality's CBS code
 * (`cbs_code`); older exports had `vve` and the house number apart. Both are read.
 */
import type { FieldSpec, TableRow } from '@kansrijk/kit';
import { FORMATS, FORMAT_HINTS, normalisePostcode } from '../identifiers';
import { municipalityCodeOf } from './cbs';
import { kvkNumber } from './duo';
import type { MunicipalityLookup } from './municipality-lookup';
import type { RegisterRecord } from './register-record';
import { hasColumn, type RegisterFormat } from './register-import';

export const LRK = {
  lrk: { names: ['lrk_id'], required: true },
  type: { names: ['type_oko'], required: true },
  name: { names: ['actuele_naam_oko'], required: true },
  places: { names: ['aantal_kindplaatsen'] },
  ve: { names: ['ve', 'vve'] },
  status: { names: ['status'], required: true },
  street: { names: ['opvanglocatie_adres'] },
  houseNumber: { names: ['opvanglocatie_huisnummer'] },
  houseLetter: { names: ['opvanglocatie_huisletter'] },
  addition: { names: ['opvanglocatie_huisnummertoevoeging'] },
  postcode: { names: ['opvanglocatie_postcode'], required: true },
  place: { names: ['opvanglocatie_woonplaats'] },
  cbsCode: { names: ['cbs_code'] },
  municipalityName: { names: ['verantwoordelijke_gemeente'], required: true },
  holderName: { names: ['naam_houder'], required: true },
  kvk: { names: ['kvk_nummer_houder'], required: true },
} satisfies Record<string, FieldSpec>;

/** Locations Kansrijk keeps: day care, out-of-school care and playgroups, where VE takes place. */
const LOCATION_TYPES = new Set(['KDV', 'BSO', 'PSZ']);
/** Left out on purpose: a childminder's home (VGO) is a private person's address, an agency (GOB) no location. */
const LEFT_OUT: Record<string, string> = {
  VGO: "childminders' homes (VGO): a private person's address, not kept",
  GOB: 'childminder agencies (GOB): no childcare location',
  GO: 'childminder agencies (GO): no childcare location',
};
const YES = new Set(['j', 'ja', 'true', 'yes', 'y', '1']);
const NO = new Set(['n', 'nee', 'false', 'no', '0']);

/** `ve`/`vve` as the export words it; empty means the register does not say. */
function parseVe(text: string): boolean | null | undefined {
  const t = text.toLowerCase();
  if (t === '') return null;
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return undefined;
}

/** "Burg. Wesselinkstraat 8 a" into street and house number; the older export has the number apart. */
function address(row: TableRow<keyof typeof LRK>): { street: string | null; houseNumber: string | null } {
  const street = row.get('street');
  if (row.has('houseNumber')) {
    const number = [row.get('houseNumber'), row.get('houseLetter'), row.get('addition')].filter(Boolean).join(' ');
    return { street: street || null, houseNumber: number || null };
  }
  const split = /^(.*\D)\s+(\d+\s*.*)$/.exec(street);
  return split ? { street: split[1].trim(), houseNumber: split[2].trim() } : { street: street || null, houseNumber: null };
}

/** The municipality of a location: by CBS code where the export gives it, else by its name as registers write it. */
function municipalityOf(row: TableRow<keyof typeof LRK>, municipalities: MunicipalityLookup): string | undefined {
  const given = row.get('cbsCode');
  if (given) {
    const code = municipalityCodeOf(given);
    if (!code) return void row.problem('cbsCode', 'must be a CBS municipality code of four digits');
    const problem = municipalities.problemWith(code);
    return problem ? void row.problem('cbsCode', problem) : code;
  }
  const byName = municipalities.codeOfName(row.get('municipalityName'));
  if ('problem' in byName) return void row.problem('municipalityName', byName.problem);
  const problem = municipalities.problemWith(byName.code);
  return problem ? void row.problem('municipalityName', problem) : byName.code;
}

export function lrkLocations(municipalities: MunicipalityLookup): RegisterFormat<keyof typeof LRK, RegisterRecord[]> {
  const seen = new Map<string, number>();
  return {
    name: 'LRK',
    matches: (columns) => hasColumn(columns, 'lrk_id'),
    fields: LRK,
    row(row) {
      const type = row.get('type').toUpperCase();
      if (LEFT_OUT[type]) return void row.skip(LEFT_OUT[type]);
      const lrk = row.get('lrk');
      if (!FORMATS.lrkNumber.test(lrk)) row.problem('lrk', FORMAT_HINTS.lrkNumber);
      else if (seen.has(lrk)) row.problem('lrk', `${lrk} already appears on line ${seen.get(lrk)}`);
      else seen.set(lrk, row.line);
      if (!LOCATION_TYPES.has(type)) row.problem('type', `must be KDV, BSO or PSZ (VGO and GOB rows are left out), not "${row.get('type')}"`);
      const name = row.get('name');
      if (!name) row.problem('name', 'is empty');
      const places = row.get('places');
      if (places !== '' && !/^\d{1,5}$/.test(places)) row.problem('places', 'must be a whole number of places, or empty');
      const ve = parseVe(row.get('ve'));
      if (ve === undefined) row.problem('ve', 'must be J/N, ja/nee or true/false (or empty when not known)');
      const status = row.get('status');
      if (!status) row.problem('status', 'is empty');
      const postcode = row.get('postcode').toUpperCase();
      if (!FORMATS.postcode.test(postcode)) row.problem('postcode', FORMAT_HINTS.postcode);
      const holderName = row.get('holderName');
      if (!holderName) row.problem('holderName', 'is empty');
      const kvk = kvkNumber(row.get('kvk'));
      if (!kvk) row.problem('kvk', `${FORMAT_HINTS.kvkNumber} (a spreadsheet's dropped leading zeros are put back)`);
      const municipalityCode = municipalityOf(row, municipalities);
      if (!FORMATS.lrkNumber.test(lrk) || !name || !kvk || !municipalityCode || ve === undefined) return undefined;
      const holderKey = { column: 'kvkNumber' as const, value: kvk };
      return [
        {
          key: holderKey,
          newId: `kvk-${kvk}`,
          name: holderName,
          fallbackName: holderName,
          kind: 'CHILDCARE_ORGANISATION',
          parentKey: null,
          fields: { kvkNumber: kvk },
          municipalities: [municipalityCode],
          address: null,
        },
        {
          key: { column: 'lrkNumber', value: lrk },
          newId: `lrk-${lrk}`,
          name,
          fallbackName: name,
          kind: 'CHILDCARE_LOCATION',
          parentKey: holderKey,
          fields: { lrkNumber: lrk, childcareType: type, offersEarlyEducation: ve, childPlaces: places === '' ? null : Number(places), registerStatus: status },
          municipalities: [municipalityCode],
          address: { ...address(row), postcode: normalisePostcode(postcode), place: row.get('place') || null, municipalityCode },
        },
      ];
    },
  };
}
