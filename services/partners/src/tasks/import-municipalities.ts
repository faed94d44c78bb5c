import { anyOf } from '@kansrijk/kit';
import type { ImportOptions, ImportReport } from '@kansrijk/kit';
import type { DataSource, EntityManager } from 'typeorm';
import { Municipality } from '../entities';
import { listedMunicipality, merger, MERGERS, MUNICIPALITY_LIST, type ListedMunicipality, type Merger } from './cbs';
import { hasColumn, readRegister, reportOf, writeRegister, type RegisterFormat } from './register-import';

type Row = { list: ListedMunicipality } | { merger: Merger };

const formats = (): RegisterFormat<string, Row>[] => {
  const seen = new Map<string, number>();
  return [
    {
      name: 'CBS herindelingen',
      matches: (columns) => hasColumn(columns, 'oude_gemeentecode'),
      fields: MERGERS,
      row: (row) => {
        const m = merger(row);
        return m && { merger: m };
      },
    },
    {
      name: 'CBS gemeenten',
      matches: (columns) => hasColumn(columns, 'GemeentecodeGM', 'Gemeentecode') && hasColumn(columns, 'Provincienaam', 'Provincie'),
      fields: MUNICIPALITY_LIST,
      row: (row) => {
        const m = listedMunicipality(row, seen);
        return m && { list: m };
      },
    },
  ];
};

/** The listed municipalities: new ones inserted, a changed name or province updated; cessation is the mergers' to record. */
async function writeList(tx: EntityManager, listed: ListedMunicipality[]) {
  const repository = tx.getRepository(Municipality);
  const stored = new Map((await repository.find()).map((m) => [m.code, m]));
  let inserted = 0;
  let updated = 0;
  let unchanged = 0;
  const inserts: Municipality[] = [];
  for (const m of listed) {
    const before = stored.get(m.code);
    if (!before) {
      inserts.push({ ...m, establishedOn: null, ceasedOn: null, successorCode: null });
      inserted++;
    } else if (before.name !== m.name || before.province !== m.province) {
      await repository.update({ code: m.code }, { name: m.name, province: m.province });
      updated++;
    } else unchanged++;
  }
  if (inserts.length) await repository.insert(inserts);
  const listedCodes = new Set(listed.map((m) => m.code));
  const missing = [...stored.values()].filter((m) => !m.ceasedOn && !listedCodes.has(m.code));
  const notes = missing.length
    ? [
        `${missing.length} municipality(ies) held here are not in this list and stay as they are: ${missing.map((m) => `${m.code} ${m.name}`).join(', ')}. ` +
          'If they merged, import the mergers (npm run import -- municipalities <herindelingen file>).',
      ]
    : [];
  return { inserted, updated, unchanged, notes };
}

/**
 * Mergers: the municipality that ceased keeps its row (and everything filed under its code) and names
 * its successor; one never held here (a merger before this installation) is added as ceased, so an old
 * file that names it still finds where it went. A successor not held yet is added with the name the
 * mergers give and the province of the municipalities that went into it (mergers never cross a
 * provincial border), established on the merger's date.
 */
async function writeMergers(tx: EntityManager, rows: { line: number; value: Merger }[]) {
  const mergers = rows.map((r) => ({ ...r.value, line: r.line }));
  const repository = tx.getRepository(Municipality);
  const codes = [...new Set(mergers.flatMap((m) => [m.oldCode, m.newCode]))];
  const stored = new Map((await repository.findBy({ code: anyOf(codes) })).map((m) => [m.code, m]));
  const problems: ImportReport['problems'] = [];
  let inserted = 0;
  let updated = 0;
  let unchanged = 0;
  // Successors first, so that a ceased municipality never held here can take its successor's province.
  for (const m of mergers) {
    if (stored.has(m.newCode)) continue;
    const from = stored.get(m.oldCode);
    if (!m.newName || !from) {
      problems.push({ line: m.line, column: 'nieuwe_gemeentecode', message: `${m.newCode} is not held here and the file does not give its name and a known predecessor: load the CBS list first` });
      continue;
    }
    const created: Municipality = { code: m.newCode, name: m.newName, province: from.province, establishedOn: m.date, ceasedOn: null, successorCode: null };
    await repository.insert(created);
    stored.set(created.code, created);
    inserted++;
  }
  for (const m of mergers) {
    const successor = stored.get(m.newCode);
    if (!successor) continue;
    const before = stored.get(m.oldCode);
    if (!before) {
      if (!m.oldName) {
        problems.push({ line: m.line, column: 'oude_gemeentenaam', message: `${m.oldCode} is not held here: the file must give its name` });
        continue;
      }
      await repository.insert({ code: m.oldCode, name: m.oldName, province: successor.province, establishedOn: null, ceasedOn: m.date, successorCode: m.newCode });
      inserted++;
    } else if (before.ceasedOn !== m.date || before.successorCode !== m.newCode) {
      await repository.update({ code: m.oldCode }, { ceasedOn: m.date, successorCode: m.newCode });
      updated++;
    } else unchanged++;
  }
  return { inserted, updated, unchanged, problems };
}

/**
 * `npm run import -- municipalities <file> [--partial]`: CBS's list of municipalities ("Gemeenten
 * alfabetisch"), or a table of mergers (herindelingen), told apart by the header.
 */
export async function importMunicipalities(db: DataSource, file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const read = await readRegister(file, formats(), options, 'not a CBS list of municipalities (Gemeentecode or GemeentecodeGM, Gemeentenaam, Provincienaam) nor a table of mergers (oude_gemeentecode, nieuwe_gemeentecode, datum_ingang)');
  const report = reportOf('municipalities', file, read, options);
  return writeRegister(db, report, read, options, (tx, rows) => {
    const list = rows.flatMap(({ value }) => ('list' in value ? [value.list] : []));
    return list.length ? writeList(tx, list) : writeMergers(tx, rows.flatMap(({ line, value }) => ('merger' in value ? [{ line, value: value.merger }] : [])));
  });
}
