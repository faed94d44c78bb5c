import { writeFileSync } from 'node:fs';
import { seededRandom } from '@kansrijk/demo';
import { SAFETY_REGIONS, type Municipality2025 } from '../national/municipalities';
import { lognormalWeights, weightedPicker } from '../national/random';
import { encodeWindows1252 } from './windows-1252';
import { digits, duoUpper, houseNumber, LETTERS, listName, municipalityPicker, pick, postcode, street, unique } from './register-places';

/** The header of DUO's "alle schoolvestigingen basisonderwijs" (fixtures/registers/duo-alle-vestigingen-bo-2025.csv). */
const HEADER = [
  'PROVINCIE', 'BEVOEGD GEZAG NUMMER', 'INSTELLINGSCODE', 'VESTIGINGSCODE', 'VESTIGINGSNAAM', 'STRAATNAAM', 'HUISNUMMER-TOEVOEGING', 'POSTCODE',
  'PLAATSNAAM', 'GEMEENTENUMMER', 'GEMEENTENAAM', 'DENOMINATIE', 'TELEFOONNUMMER', 'INTERNETADRES', 'STRAATNAAM CORRESPONDENTIEADRES',
  'HUISNUMMER-TOEVOEGING CORRESPONDENTIEADRES', 'POSTCODE CORRESPONDENTIEADRES', 'PLAATSNAAM CORRESPONDENTIEADRES', 'NODAAL GEBIED CODE',
  'NODAAL GEBIED NAAM', 'RPA-GEBIED CODE', 'RPA-GEBIED NAAM', 'WGR-GEBIED CODE', 'WGR-GEBIED NAAM', 'COROPGEBIED CODE', 'COROPGEBIED NAAM',
  'ONDERWIJSGEBIED CODE', 'ONDERWIJSGEBIED NAAM', 'RMC-REGIO CODE', 'RMC-REGIO NAAM', 'VAKANTIEREGIO',
];

const PREFIXES = ['Basisschool', 'OBS', 'CBS', 'RKBS', 'Kindcentrum', 'IKC', 'Christelijke Basisschool', 'Openbare Basisschool', 'Daltonschool', 'Jenaplanschool'];
// Names with the characters DUO's windows-1252 files hold: Frisian â/û/ê, ë, ’ (0x92), and a quoted one.
const NAMES = [
  'De Kiëvit', 'Wrâldwizer', 'It Bûtenplak', '’t Bergop', 'De Regenboog', 'De Wegwijzer', 'Het Kompas', 'De Fontein', 'Sint Jozef', 'De Tweemaster',
  'Op ’e Hichte', 'De Fûgelsang', 'Mariënhof', 'De Bolster', 'Prins Willem-Alexander', 'De Arke', 'Oranje Nassau', 'De Triangel', 'De Wâlikker',
  'Sûnenz', 'De Skâns', 'Het Palet', 'De Vlinderboom', 'Onder de Linde', '"De Maaskei"', 'De Zevensprong', 'Sint Franciscus', 'De Hoeksteen',
];
const DENOMINATIONS = ['Openbaar', 'Rooms-Katholiek', 'Protestants-Christelijk', 'Algemeen bijzonder', 'Samenwerking PC, RK', 'Reformatorisch', 'Gereformeerd vrijgemaakt', 'Islamitisch'];
const DENOMINATION_WEIGHTS = [32, 28, 24, 8, 3, 2, 2, 1];
/** DUO's province names: Friesland, where CBS writes Fryslân. */
const duoProvince = (province: string) => (province === 'Fryslân' ? 'Friesland' : province);
const HOLIDAY: Record<string, string> = { Groningen: 'Noord', Fryslân: 'Noord', Drenthe: 'Noord', Overijssel: 'Noord', Flevoland: 'Midden', 'Noord-Holland': 'Noord', Utrecht: 'Midden', 'Zuid-Holland': 'Midden', Gelderland: 'Midden', Zeeland: 'Zuid', 'Noord-Brabant': 'Zuid', Limburg: 'Zuid' };

export interface DuoSchoolsFile {
  rows: number;
  boards: number;
  /** Rows whose name the renamed edition changes. */
  renamed: number;
}

/** A `;` cell as DUO writes it: empty as one space, quoted (quotes doubled) only when it holds a quote or `;`. */
const duoCell = (text: string) => (text === '' ? ' ' : /[";]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * A national DUO primary-schools file in the published shape: `rows` vestigingen of about `boards` school
 * boards across the 342 municipalities (in proportion to population), windows-1252, CRLF, `; ;` for empty
 * cells. `renameShare` of the rows get a new name (the same file otherwise: a later edition). Deterministic.
 */
export function writeDuoSchoolsFile(path: string, { rows = 6122, boards = 2000, renameShare = 0 } = {}): DuoSchoolsFile {
  const random = seededRandom(0x44554f);
  const anywhere = municipalityPicker();
  const boardNumbers = Array.from({ length: boards }, (_, i) => String(10000 + Math.floor((i * 89999) / boards)));
  const boardHome = boardNumbers.map(() => anywhere(random()));
  const boardOf = weightedPicker(boardNumbers.map((_, i) => i), lognormalWeights(random, boards, 1.1));
  const denomination = weightedPicker(DENOMINATIONS, DENOMINATION_WEIGHTS);
  const brins = new Set<string>();
  const usedBoards = new Set<string>();
  const lines = [HEADER.join(';')];
  let renamed = 0;
  for (let institution = 0; lines.length - 1 < rows; institution++) {
    // Every board has a school; the rest go to boards by an uneven weight (a few large ones, many small).
    const board = institution < boards ? institution : boardOf(random());
    usedBoards.add(boardNumbers[board]);
    const brin = unique(brins, () => `${digits(random, 2)}${pick(random, LETTERS)}${pick(random, LETTERS)}`);
    const locations = Math.min(rows - (lines.length - 1), random() < 0.88 ? 1 : random() < 0.75 ? 2 : 3);
    const baseName = `${pick(random, PREFIXES)} ${pick(random, NAMES)}`;
    const kind = denomination(random());
    for (let v = 0; v < locations; v++) {
      // A board's schools mostly lie in its own municipality.
      const m: Municipality2025 = random() < 0.8 ? boardHome[board] : anywhere(random());
      let name = v === 0 ? baseName : `${baseName}, locatie ${street(random)}`;
      // Drawn on every run, so the renamed edition differs from the first in the names alone.
      if (random() < renameShare) {
        name = `${name} (IKC)`;
        renamed++;
      }
      lines.push(duoLine(random, { board: boardNumbers[board], brin, vestiging: `${brin}${String(v).padStart(2, '0')}`, name, kind, m }));
    }
  }
  writeFileSync(path, encodeWindows1252(`${lines.join('\r\n')}\r\n`));
  return { rows, boards: usedBoards.size, renamed };
}

function duoLine(random: () => number, s: { board: string; brin: string; vestiging: string; name: string; kind: string; m: Municipality2025 }): string {
  const place = duoUpper(listName(s.m));
  const visit = [street(random), `${houseNumber(random)}${random() < 0.05 ? '-A' : ''}`, postcode(random, true), place];
  const correspondence = random() < 0.3 ? ['Postbus', houseNumber(random), postcode(random, true), place] : random() < 0.1 ? ['', '', '', ''] : visit;
  const site = random() < 0.15 ? '' : `${random() < 0.4 ? 'https://' : ''}www.school-${s.vestiging.toLowerCase()}.nl${random() < 0.3 ? '/' : ''}`;
  const region = SAFETY_REGIONS[s.m.safetyRegion].name;
  const regionCode = s.m.safetyRegion.slice(2);
  const cells = [
    duoProvince(s.m.province), s.board, s.brin, s.vestiging, s.name, ...visit, s.m.code.slice(2), duoUpper(listName(s.m)), s.kind,
    random() < 0.1 ? '' : `0${digits(random, 9)}`, site, ...correspondence,
    regionCode, region, regionCode, region, regionCode, region, regionCode, region, regionCode, `${region} en omstreken`, regionCode, region,
    HOLIDAY[s.m.province],
  ];
  return cells.map(duoCell).join(';');
}
