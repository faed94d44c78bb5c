import { missingColumns, type CsvFile, type RowProblem } from '@kansrijk/kit';
import { FORMATS, FORMAT_HINTS, normalisePostcode } from '../identifiers';
import type { MunicipalityLookup } from './municipality-lookup';
import { addParent, eachValidRow, type RegisterRecord } from './register-record';

/** The LRK open-data export (`;`-separated). The address columns other than the postcode are optional. */
export const LRK_REQUIRED = [
  'lrk_id',
  'type_oko',
  'actuele_naam_oko',
  'aantal_kindplaatsen',
  'vve',
  'status',
  'opvanglocatie_postcode',
  'verantwoordelijke_gemeente',
  'naam_houder',
  'kvk_nummer_houder',
] as const;

export const isLrkExport = (file: CsvFile) => file.columns.includes('lrk_id');

const CHILDCARE_TYPES = new Set(['KDV', 'BSO', 'VGO', 'PSZ']);
const YES = new Set(['j', 'ja', 'true', 'yes', 'y', '1']);
const NO = new Set(['n', 'nee', 'false', 'no', '0']);

/** `vve` as the export words it; empty means the register does not say (agencies, VGO). */
function parseVve(text: string): boolean | null | undefined {
  const t = text.toLowerCase();
  if (t === '') return null;
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return undefined;
}

/** Childcare organisations (houders) and their locations from an LRK export; every problem, or none. */
export function lrkRecords(file: CsvFile, municipalities: MunicipalityLookup): { records: RegisterRecord[]; problems: RowProblem[] } {
  const problems = missingColumns(file, LRK_REQUIRED);
  if (problems.length) return { records: [], problems };
  const holders = new Map<string, RegisterRecord>();
  const locations: RegisterRecord[] = [];
  const seen = new Map<string, number>();

  eachValidRow(
    file,
    problems,
    ({ line, values, problem }) => {
      const lrk = values.lrk_id;
      if (!FORMATS.lrkNumber.test(lrk)) problem('lrk_id', FORMAT_HINTS.lrkNumber);
      else if (seen.has(lrk)) problem('lrk_id', `${lrk} already appears on line ${seen.get(lrk)}`);
      else seen.set(lrk, line);
      const type = values.type_oko.toUpperCase();
      if (!CHILDCARE_TYPES.has(type)) problem('type_oko', 'must be one of KDV, BSO, VGO, PSZ');
      const name = values.actuele_naam_oko;
      if (!name) problem('actuele_naam_oko', 'is empty');
      const places = values.aantal_kindplaatsen;
      if (places !== '' && !/^\d{1,5}$/.test(places)) problem('aantal_kindplaatsen', 'must be a whole number of places, or empty');
      const vve = parseVve(values.vve);
      if (vve === undefined) problem('vve', 'must be J/N, ja/nee or true/false (or empty when not known)');
      const status = values.status;
      if (!status) problem('status', 'is empty');
      const postcode = values.opvanglocatie_postcode.toUpperCase();
      if (!FORMATS.postcode.test(postcode)) problem('opvanglocatie_postcode', FORMAT_HINTS.postcode);
      const municipalityCode = municipalities.byName.get(values.verantwoordelijke_gemeente.toLowerCase());
      if (!municipalityCode) problem('verantwoordelijke_gemeente', `unknown municipality "${values.verantwoordelijke_gemeente}"`);
      const holderName = values.naam_houder;
      if (!holderName) problem('naam_houder', 'is empty');
      const kvk = values.kvk_nummer_houder;
      if (!FORMATS.kvkNumber.test(kvk)) problem('kvk_nummer_houder', FORMAT_HINTS.kvkNumber);
      return { lrk, type, name, places, vve, status, postcode, municipalityCode: municipalityCode!, holderName, kvk };
    },
    ({ lrk, type, name, places, vve, status, postcode, municipalityCode, holderName, kvk }, { values }) => {
      const holderKey = { column: 'kvkNumber' as const, value: kvk };
      addParent(holders, {
        key: holderKey,
        newId: `kvk-${kvk}`,
        name: holderName,
        fallbackName: holderName,
        kind: 'CHILDCARE_ORGANISATION',
        parentKey: null,
        fields: { kvkNumber: kvk },
        municipalities: [municipalityCode],
        address: null,
      });
      locations.push({
        key: { column: 'lrkNumber', value: lrk },
        newId: `lrk-${lrk}`,
        name,
        fallbackName: name,
        kind: 'CHILDCARE_LOCATION',
        parentKey: holderKey,
        fields: {
          lrkNumber: lrk,
          childcareType: type,
          offersEarlyEducation: vve ?? null,
          childPlaces: places === '' ? null : Number(places),
          registerStatus: status,
        },
        municipalities: [municipalityCode],
        address: {
          street: values.opvanglocatie_adres || null,
          houseNumber: [values.opvanglocatie_huisnummer, values.opvanglocatie_huisletter, values.opvanglocatie_huisnummertoevoeging].filter(Boolean).join(' ') || null,
          postcode: normalisePostcode(postcode),
          place: values.opvanglocatie_woonplaats || null,
          municipalityCode,
        },
      });
    },
  );
  return problems.length ? { records: [], problems } : { records: [...holders.values(), ...locations], problems };
}
