import { anyOf, insertInBatches, type ImportOptions, type ImportReport, type TableRow } from '@kansrijk/kit';
import type { DataSource, EntityManager } from 'typeorm';
import { Buurt, Neighbourhood } from '../entities';
import { AREA_TABLE, areaOfStatLine, areaOfTable, STATLINE_AREAS, type Area } from './cbs';
import { municipalityLookup, type MunicipalityLookup } from './municipality-lookup';
import { hasColumn, readRegister, reportOf, writeRegister, type RegisterFormat } from './register-import';

const formats = (municipalities: MunicipalityLookup): RegisterFormat<string, Area>[] => {
  const seen = new Map<string, number>();
  /** Every area once, in a municipality held here. */
  const checked = <F extends string>(area: Area | undefined, row: TableRow<F>, field: (area: Area) => F) => {
    if (!area) return undefined;
    if (seen.has(area.code)) return void row.problem(field(area), `${area.code} already appears on line ${seen.get(area.code)}`);
    seen.set(area.code, row.line);
    const problem = municipalities.problemWith(area.municipalityCode);
    if (problem) return void row.problem(field(area), `${area.code}: ${problem}`);
    return area;
  };
  return [
    {
      name: 'CBS wijk- en buurtkaart',
      matches: (columns) => hasColumn(columns, 'WK_CODE', 'wijkcode') && hasColumn(columns, 'GM_CODE', 'gemeentecode'),
      fields: AREA_TABLE,
      row: (row) => checked(areaOfTable(row), row, (area) => (area.kind === 'buurt' ? 'buurtCode' : 'wijkCode')),
    },
    {
      name: 'CBS StatLine WijkenEnBuurten',
      matches: (columns) => hasColumn(columns, 'Key') && hasColumn(columns, 'Title'),
      fields: STATLINE_AREAS,
      row: (row) => checked(areaOfStatLine(row), row, () => 'key'),
    },
  ];
};

/** Upserts wijken, then buurten (whose wijk must be held or in the same file). */
async function writeAreas(tx: EntityManager, rows: { line: number; value: Area }[]) {
  const counts = { inserted: 0, updated: 0, unchanged: 0 };
  const problems: ImportReport['problems'] = [];
  const wijken = rows.filter((r) => r.value.kind === 'wijk').map((r) => r.value);
  const buurten = rows.filter((r) => r.value.kind === 'buurt');
  const storedWijken = new Map((await tx.getRepository(Neighbourhood).findBy({ code: anyOf(wijken.map((w) => w.code)) })).map((n) => [n.code, n]));
  const newWijken: Neighbourhood[] = [];
  for (const w of wijken) {
    const before = storedWijken.get(w.code);
    const wanted = { code: w.code, name: w.name, municipalityCode: w.municipalityCode };
    if (!before) newWijken.push(wanted);
    else if (before.name !== wanted.name) await tx.getRepository(Neighbourhood).update({ code: w.code }, { name: w.name });
    counts[!before ? 'inserted' : before.name !== wanted.name ? 'updated' : 'unchanged']++;
  }
  await insertInBatches((batch) => tx.getRepository(Neighbourhood).insert(batch), newWijken);

  const wijkCodes = [...new Set(buurten.map((b) => b.value.wijkCode))];
  const heldWijken = new Set((await tx.getRepository(Neighbourhood).findBy({ code: anyOf(wijkCodes) })).map((n) => n.code));
  const storedBuurten = new Map((await tx.getRepository(Buurt).findBy({ code: anyOf(buurten.map((b) => b.value.code)) })).map((b) => [b.code, b]));
  const newBuurten: Buurt[] = [];
  for (const { line, value: b } of buurten) {
    if (!heldWijken.has(b.wijkCode)) {
      problems.push({ line, column: null, message: `${b.code} lies in wijk ${b.wijkCode}, which is not held here: import the wijken (the wijken layer of the wijk- en buurtkaart, or StatLine) first` });
      continue;
    }
    const before = storedBuurten.get(b.code);
    const wanted: Buurt = { code: b.code, name: b.name, neighbourhoodCode: b.wijkCode, municipalityCode: b.municipalityCode };
    if (!before) newBuurten.push(wanted);
    else if (before.name !== wanted.name) await tx.getRepository(Buurt).update({ code: b.code }, { name: b.name });
    counts[!before ? 'inserted' : before.name !== wanted.name ? 'updated' : 'unchanged']++;
  }
  await insertInBatches((batch) => tx.getRepository(Buurt).insert(batch), newBuurten);
  return { ...counts, problems };
}

/**
 * `npm run import -- neighbourhoods <file> [--partial]`: CBS wijken and buurten, from a wijk- en
 * buurtkaart attribute table (wijken or buurten layer, old upper-case or new lower-case columns) or
 * StatLine's WijkenEnBuurten dimension. Areas are never made up: these files are their only source.
 */
export async function importNeighbourhoods(db: DataSource, file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const read = await readRegister(file, formats(await municipalityLookup(db)), options, 'not a CBS wijk- en buurtkaart table (WK_CODE/wijkcode, GM_CODE/gemeentecode) nor a StatLine export (Key, Title)');
  return writeRegister(db, reportOf('neighbourhoods', file, read, options), read, options, writeAreas);
}
