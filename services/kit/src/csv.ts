import { parse } from 'csv-parse/sync';
import type { ReferenceChecker } from './references';
import { detectDelimiter, type Delimiter, type Encoding, type Progress } from './table-file';

/** One data row of a CSV file with the line it starts on, for reports that say where a problem is. */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

export interface CsvFile {
  columns: string[];
  rows: CsvRow[];
  delimiter: Delimiter;
}

/** A problem with one row of an import: where (line, column) and why. */
export interface RowProblem {
  line: number;
  column: string | null;
  message: string;
}

/**
 * Reads a small CSV file already decoded to text (`readTextFile`): header row, `;`, `,` or tab separated
 * (guessed from the header as `openTable` guesses it, when not given), quoted fields, a byte-order mark
 * tolerated. Values are trimmed strings; empty cells are ''. A register file is streamed with `openTable`.
 */
export function readCsv(text: string, delimiter?: Delimiter): CsvFile {
  const clean = text.replace(/^\uFEFF/, '');
  const header = clean.slice(0, clean.indexOf('\n') === -1 ? undefined : clean.indexOf('\n'));
  const sep = delimiter ?? detectDelimiter(header);
  const records = parse(clean, {
    delimiter: sep,
    columns: (names: string[]) => names.map((n) => n.trim()),
    skip_empty_lines: true,
    trim: true,
    relax_column_count: true,
    info: true,
  }) as { record: Record<string, string>; info: { lines: number } }[];
  const columns = header.split(sep).map((c) => c.replace(/^"|"$/g, '').trim());
  return { columns, delimiter: sep, rows: records.map(({ record, info }) => ({ line: info.lines, values: record })) };
}

/** Columns a file must have; the problems name each missing one. */
export function missingColumns(file: CsvFile, required: readonly string[]): RowProblem[] {
  return required.filter((c) => !file.columns.includes(c)).map((c) => ({ line: 1, column: c, message: 'required column is missing' }));
}

/** How an import may run; `npm run import -- <kind> <file> [--partial]`. */
export interface ImportOptions {
  /**
   * Write the good rows and report the bad ones (e.g. a national file on a regional installation, whose
   * other municipalities it does not hold). Explicit, never the default: by default one bad row writes
   * nothing.
   */
  partial?: boolean;
  /** Hears how far the file has been read (a progress bar on a terminal). */
  progress?: Progress;
  /**
   * Asks the subgraphs that own the keys a file names (organisations, interventions) whether they
   * exist, as a mutation does: the task runner makes one (scripts/task.ts). An import that stores such
   * keys refuses to run without it rather than write keys nobody checked.
   */
  references?: ReferenceChecker;
}

/** The outcome of an import, printed by `npm run import`. */
export interface ImportReport {
  kind: string;
  file: string;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Rows deliberately not taken, counted by reason (e.g. "municipality rows: not wijken"). */
  skipped?: Record<string, number>;
  /** Without `partial`, any problem means nothing was written; with it, the rows with problems were left out. */
  problems: RowProblem[];
  partial?: boolean;
  /** What the import noticed and did not change, for the person running it (e.g. municipalities held but not listed). */
  notes?: string[];
  /** How the file was read: its encoding and separator, and the columns no field used. */
  read?: { encoding: Encoding; delimiter: Delimiter; ignoredColumns: string[] };
}

const DELIMITER_NAMES: Record<Delimiter, string> = { ';': 'semicolon', ',': 'comma', '\t': 'tab' };

/** Whether an import wrote what it reported: false when it found problems and ran all-or-nothing. */
export const importSucceeded = (report: ImportReport) => report.problems.length === 0 || Boolean(report.partial);

export function formatReport(report: ImportReport): string {
  const how = report.read ? ` (${report.read.encoding}, ${DELIMITER_NAMES[report.read.delimiter]}-separated)` : '';
  const head = `${report.kind} import of ${report.file}${how}: ${report.rows} rows`;
  const problemLines = report.problems.map((p) => `  line ${p.line}${p.column ? `, column ${p.column}` : ''}: ${p.message}`);
  const ignored = report.read?.ignoredColumns.length ? [`Columns not used: ${report.read.ignoredColumns.join(', ')}.`] : [];
  if (report.problems.length && !report.partial) {
    return [`${head}; NOTHING WRITTEN, ${report.problems.length} problem(s):`, ...problemLines, ...ignored].join('\n');
  }
  const skipped = Object.entries(report.skipped ?? {}).filter(([, n]) => n > 0);
  const skippedText = skipped.length ? `, ${skipped.reduce((t, [, n]) => t + n, 0)} skipped (${skipped.map(([why, n]) => `${n} ${why}`).join('; ')})` : '';
  const lines = [`${head}; ${report.inserted} inserted, ${report.updated} updated, ${report.unchanged} unchanged${skippedText}.`];
  if (report.problems.length) lines.push(`${report.problems.length} row(s) with problems left out (--partial):`, ...problemLines);
  // An import that wrote nothing says why, so an empty or mismatched file never passes for a success.
  if (report.inserted + report.updated === 0) {
    const why =
      report.rows === 0
        ? 'the file has no data rows'
        : report.unchanged > 0
          ? 'every row taken was already stored as it is'
          : report.problems.length
            ? 'every row had a problem'
            : 'no row was one this import takes';
    lines.push(`Nothing was written: ${why}.`);
  }
  return [...lines, ...(report.notes ?? []), ...ignored].join('\n');
}
