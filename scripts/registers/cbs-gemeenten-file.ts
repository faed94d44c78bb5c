import { writeFileSync } from 'node:fs';
import { MUNICIPALITIES_2025 } from '../national/municipalities';
import { listName } from './register-places';

/** CBS's province codes (PV20 Groningen … PV31 Limburg). */
const PROVINCE_CODES: Record<string, string> = {
  Groningen: '20', Fryslân: '21', Drenthe: '22', Overijssel: '23', Flevoland: '24', Gelderland: '25',
  Utrecht: '26', 'Noord-Holland': '27', 'Zuid-Holland': '28', Zeeland: '29', 'Noord-Brabant': '30', Limburg: '31',
};

const csvCell = (text: string) => (/[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * "Gemeenten alfabetisch 2025" as the CSV conversions of CBS's xlsx are (the fixture's shape): `,`,
 * UTF-8, LF, quoted where a name has a comma, in alphabetical order of name. Returns the rows written.
 */
export function writeCbsGemeentenFile(path: string): number {
  const sorted = [...MUNICIPALITIES_2025].sort((a, b) => listName(a).replace(/^'s-/, '').localeCompare(listName(b).replace(/^'s-/, ''), 'nl'));
  const lines = ['Gemeentecode,GemeentecodeGM,Gemeentenaam,Provinciecode,ProvinciecodePV,Provincienaam'];
  for (const m of sorted) {
    const pv = PROVINCE_CODES[m.province];
    lines.push([m.code.slice(2), m.code, csvCell(listName(m)), pv, `PV${pv}`, m.province].join(','));
  }
  writeFileSync(path, `${lines.join('\n')}\n`, 'utf8');
  return sorted.length;
}
