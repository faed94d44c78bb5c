import { writeFileSync } from 'node:fs';
import { seededRandom } from '@kansrijk/demo';
import type { Municipality2025 } from '../national/municipalities';
import { lognormalWeights, weightedPicker } from '../national/random';
import { digits, houseNumber, listName, municipalityPicker, pick, postcode, street, unique } from './register-places';

/** The header of the LRK's open-data export (fixtures/registers/lrk-export-2025.csv). */
const HEADER = [
  'lrk_id', 'type_oko', 'opc', 'actuele_naam_oko', 'aantal_kindplaatsen', 've', 'status', 'inschrijfdatum', 'opvanglocatie_adres', 'opvanglocatie_postcode',
  'opvanglocatie_woonplaats', 'bag_id', 'naam_houder', 'kvk_nummer_houder', 'vestigingsnummer_houder', 'rechtsvorm_houder', 'start_geschillencommissie',
  'einde_geschillencommissie', 'houder_adres', 'houder_postcode', 'houder_woonplaats', 'houder_buitenland', 'correspondentie_adres', 'correspondentie_postcode',
  'correspondentie_woonplaats', 'correspondentie_buitenland', 'contact_persoon', 'contact_telefoon', 'contact_emailadres', 'contact_website', 'cbs_code',
  'verantwoordelijke_gemeente', 'gastouderbureau_1', 'gastouderbureau_2', 'lrk_url',
];

const TYPES = ['KDV', 'BSO', 'PSZ', 'VGO', 'GOB'];
/** Mostly locations Kansrijk keeps; a few childminders' homes and agencies, which the import leaves out. */
const TYPE_WEIGHTS = [43, 38, 14, 4, 1];
const PLACES: Record<string, [number, number]> = { KDV: [12, 120], BSO: [20, 150], PSZ: [8, 32], VGO: [4, 6] };
const LOCATION_NAMES = ['Het Brukske', 'De Kiëvit', 'De Skûtsjes', 'Humpie Dumpie', 'Ukkepuk', 'De Boefjes', 'Kinderparadijs', 'Pippeloentje', 'De Speelhoeve', 'Bûtenplak', "'t Kabouterhuis", 'Dikkertje Dap', 'De Zonnebloem', 'Kids Society', 'Okidoki'];
const HOLDER_FORMS: [prefix: string, suffix: string, form: string][] = [
  ['Stichting Kinderopvang', '', 'Stichting'],
  ['Kinderopvang', ' B.V.', 'Besloten Vennootschap'],
  ['Kindcentra', ' B.V.', 'Besloten Vennootschap'],
  ['Peuterspeelzalen', '', 'Stichting'],
  ['Kinderdagverblijf', ' V.O.F.', 'Vennootschap onder firma'],
];

interface Holder {
  name: string;
  kvk: string;
  branch: string;
  form: string;
  home: Municipality2025;
  address: string;
  postcode: string;
}

export interface LrkExportFile {
  rows: number;
  holders: number;
  /** Rows the import leaves out on purpose (VGO, GOB). */
  leftOut: number;
  /** Kept rows whose name the renamed edition changes. */
  renamed: number;
}

const date = (random: () => number, from: number, to: number) =>
  `${String(1 + Math.floor(random() * 28)).padStart(2, '0')}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${from + Math.floor(random() * (to - from))}`;
const town = (m: Municipality2025) => listName(m).replace(/\s*\([^)]*\)$/, '');

/**
 * A national LRK export in the published shape: `rows` rows (KDV, BSO, PSZ and some VGO and GOB) of
 * about `holders` houders, UTF-8 with BOM, `;`, CRLF, contact fields in apostrophes, the location's CBS
 * code and municipality name. `renameShare` of the rows get a new name (otherwise the same file). Deterministic.
 */
export function writeLrkExportFile(path: string, { rows = 8000, holders = 3000, renameShare = 0 } = {}): LrkExportFile {
  const random = seededRandom(0x4c524b);
  const anywhere = municipalityPicker();
  const kvks = new Set<string>();
  const houders: Holder[] = Array.from({ length: holders }, (_, i) => {
    const [prefix, suffix, form] = pick(random, HOLDER_FORMS);
    const home = anywhere(random());
    // A few KvK numbers with a leading zero, as the register has them.
    const kvk = unique(kvks, () => (random() < 0.05 ? `0${digits(random, 7)}` : `${1 + Math.floor(random() * 9)}${digits(random, 7)}`));
    return { name: `${prefix} ${town(home)}${i % 3 ? ` ${pick(random, LOCATION_NAMES)}` : ''}${suffix}`, kvk, branch: `0000${digits(random, 8)}`, form, home, address: `${street(random)} ${houseNumber(random)}`, postcode: postcode(random, false) };
  });
  const holderOf = weightedPicker(houders, lognormalWeights(random, holders, 1.2));
  const typeOf = weightedPicker(TYPES, TYPE_WEIGHTS);
  const ids = new Set<string>();
  const usedHolders = new Set<string>();
  const lines = [HEADER.join(';')];
  let leftOut = 0;
  let renamed = 0;
  for (let r = 0; r < rows; r++) {
    const type = typeOf(random());
    // Every houder has a row; the rest go to houders by an uneven weight (chains and one-location houders).
    const holder = r < holders ? houders[r] : holderOf(random());
    const m = random() < 0.85 ? holder.home : anywhere(random());
    const id = unique(ids, () => `${1 + Math.floor(random() * 9)}${digits(random, 8)}`);
    let name = `${type === 'BSO' ? 'BSO' : type === 'PSZ' ? 'Peuterspeelzaal' : type === 'GOB' ? 'Gastouderbureau' : 'Kinderdagverblijf'} ${pick(random, LOCATION_NAMES)} ${town(m)}`;
    // Drawn on every run, so the renamed edition differs from the first in the names alone.
    const renaming = random() < renameShare;
    if (renaming) name = `${name} (nieuwe naam)`;
    const [low, high] = PLACES[type] ?? [0, 0];
    const places = type === 'GOB' ? '' : String(low + Math.floor(random() * (high - low)));
    const ve = type === 'PSZ' ? 'J' : type === 'KDV' ? pick(random, ['J', 'N', '']) : '';
    const status = random() < 0.95 ? 'Ingeschreven' : 'Uitgeschreven';
    const address = `${street(random)} ${houseNumber(random)}${random() < 0.05 ? ' a' : ''}`;
    const pc = postcode(random, false);
    const cells =
      type === 'VGO'
        ? // A childminder: a private person, no KvK, registered through an agency.
          [id, type, 'Nee', `Gastouder ${pick(random, 'ABCDEFGHJKLMNPRSTVW')}. de Vries`, places, '', status, date(random, 2008, 2025), address, pc, town(m), `${m.code.slice(2)}01${digits(random, 10)}`,
           `${pick(random, 'ABCDEFGHJKLMNPRSTVW')}. de Vries`, '', '', 'Natuurlijk persoon', '', '', '', '', '', '', '', '', '', '', '', '', '', '', m.code.slice(2), listName(m), `Gastouderbureau ${town(m)}`, '']
        : [id, type, pick(random, ['Ja', 'Nee', 'Nee']), name, places, ve, status, date(random, 2005, 2025), address, pc, town(m), `${m.code.slice(2)}01${digits(random, 10)}`,
           holder.name, holder.kvk, holder.branch, holder.form, '01-01-2016', status === 'Uitgeschreven' ? date(random, 2020, 2025) : '', holder.address, holder.postcode, town(holder.home), '',
           ...(random() < 0.3 ? [`Postbus ${houseNumber(random)}`, postcode(random, false), town(holder.home)] : ['', '', '']), '', random() < 0.5 ? 'J. Janssen' : '', `'0${digits(random, 9)}'`, `'info@kinderopvang-${holder.kvk}.nl'`,
           random() < 0.6 ? `'www.kinderopvang-${holder.kvk}.nl'` : '', m.code.slice(2), listName(m), '', ''];
    cells.push(`https://www.landelijkregisterkinderopvang.nl/pp/#/inzien/oko/gegevens/${id}`);
    if (type === 'VGO' || type === 'GOB') leftOut++;
    else {
      usedHolders.add(holder.kvk);
      if (renaming) renamed++;
    }
    lines.push(cells.join(';'));
  }
  writeFileSync(path, `\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
  return { rows, holders: usedHolders.size, leftOut, renamed };
}
