/**
 * The steps every register import of partners takes: open the file as published (encoding, separator),
 * tell its format by the header, check every row (outside any transaction: a national file is read while
 * the stack keeps serving), then write in one transaction. All-or-nothing unless `--partial`: then the
 * rows with problems are left out and reported, and the good rows written.
 */
import { basename } from 'node:path';
import { columnKey, openTable, readRows, writeTransaction, type FieldSpec, type ImportOptions, type ImportReport, type ReadRows, type TableFile, type TableRow } from '@kansrijk/kit';
import type { DataSource, EntityManager } from 'typeorm';

/** One register format: its name in reports, how its header is recognised, its fields and its row check. */
export interface RegisterFormat<F extends string, T> {
  name: string;
  matches(columns: readonly string[]): boolean;
  fields: Record<F, FieldSpec>;
  row(row: TableRow<F>): T | undefined;
}

/** Whether the header has a column of any of these names (any case, any spelling of spaces and underscores). */
export const hasColumn = (columns: readonly string[], ...names: string[]) => {
  const have = new Set(columns.map(columnKey));
  return names.some((n) => have.has(columnKey(n)));
};

export interface ReadRegister<T> extends ReadRows<T> {
  format: string;
  table: TableFile;
}

/**
 * Opens `file`, picks the first format whose header matches and checks every row. A file no format
 * recognises is one problem at line 1 naming what each format looks for.
 */
export async function readRegister<T>(file: string, formats: readonly RegisterFormat<string, T>[], options: ImportOptions, unrecognised: string): Promise<ReadRegister<T>> {
  const table = await openTable(file, { progress: options.progress });
  const format = formats.find((f) => f.matches(table.columns));
  if (!format) return { format: 'unknown', table, kept: [], rows: 0, skipped: {}, ignoredColumns: [], problems: [{ line: 1, column: null, message: unrecognised }] };
  const read = await readRows(table, format.fields, (row) => format.row(row));
  return { ...read, format: format.name, table };
}

/** The report of a read, before anything is written. */
export function reportOf(kind: string, file: string, read: ReadRegister<unknown>, options: ImportOptions): ImportReport {
  return {
    kind: read.format === 'unknown' ? kind : `${kind} (${read.format})`,
    file: basename(file),
    rows: read.rows,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    skipped: read.skipped,
    problems: read.problems,
    partial: options.partial && read.problems.length > 0 ? true : undefined,
    read: read.format === 'unknown' ? undefined : { encoding: read.table.encoding, delimiter: read.table.delimiter, ignoredColumns: read.ignoredColumns },
  };
}

/**
 * Writes what was read, in one transaction, unless problems forbid it: without `partial` any problem
 * means nothing is written. `write` counts inserted, updated and unchanged (afresh on every attempt:
 * the transaction may run again on a conflict).
 */
export async function writeRegister<T>(
  db: DataSource,
  report: ImportReport,
  read: ReadRegister<T>,
  options: ImportOptions,
  write: (tx: EntityManager, kept: { line: number; value: T }[]) => Promise<Pick<ImportReport, 'inserted' | 'updated' | 'unchanged'> & { notes?: string[]; problems?: ImportReport['problems'] }>,
): Promise<ImportReport> {
  if (read.format === 'unknown' || (read.problems.length && !options.partial)) return report;
  const outcome = await writeTransaction(db, async (tx) => {
    const done = await write(tx, read.kept);
    // Problems only the database can see (a buurt whose wijk is not held) write nothing either, unless
    // `partial`: `write` left those rows out, so the rest may commit.
    if (done.problems?.length && !options.partial) throw new WriteRefused(done.problems);
    return done;
  }).catch((error) => {
    if (error instanceof WriteRefused) return { inserted: 0, updated: 0, unchanged: 0, problems: error.problems, refused: true as const };
    throw error;
  });
  if ('refused' in outcome) return { ...report, problems: [...report.problems, ...outcome.problems], partial: undefined };
  const problems = [...report.problems, ...(outcome.problems ?? [])].sort((a, b) => a.line - b.line);
  return { ...report, inserted: outcome.inserted, updated: outcome.updated, unchanged: outcome.unchanged, notes: outcome.notes, problems, partial: problems.length ? true : undefined };
}

class WriteRefused extends Error {
  constructor(readonly problems: ImportReport['problems']) {
    super('the import found problems while writing');
  }
}
