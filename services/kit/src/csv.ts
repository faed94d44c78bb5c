import { parse } from 'csv-parse/sync';

/** One data row of a CSV file with the line it starts on, for reports that say where a problem is. */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

export interface CsvFile {
  columns: string[];
  rows: CsvRow[];
}

/** A problem with one row of an import: where (line, column) and why. */
export interface RowProblem {
  line: number;
  column: string | null;
  message: string;
}

/**
 * Reads a CSV export as the public registers publish them: header row, `;` or `,` separated (guessed
 * from the header when not given), quoted fields, a UTF-8 byte-order mark tolerated. Values are
 * trimmed strings; empty cells are ''.
 */
export function readCsv(text: string, delimiter?: ';' | ','): CsvFile {
  const clean = text.replace(/^\uFEFF/, '');
  const header = clean.slice(0, clean.indexOf('\n') === -1 ? undefined : clean.indexOf('\n'));
  const sep = delimiter ?? (header.split(';').length > header.split(',').length ? ';' : ',');
  const records = parse(clean, {
    delimiter: sep,
    columns: (names: string[]) => names.map((n) => n.trim()),
    skip_empty_lines: true,
    trim: true,
    relax_column_count: true,
    info: true,
  }) as { record: Record<string, string>; info: { lines: number } }[];
  const columns = header.split(sep).map((c) => c.replace(/^"|"$/g, '').trim());
  return { columns, rows: records.map(({ record, info }) => ({ line: info.lines, values: record })) };
}

/** Columns a file must have; the problems name each missing one. */
export function missingColumns(file: CsvFile, required: readonly string[]): RowProblem[] {
  return required.filter((c) => !file.columns.includes(c)).map((c) => ({ line: 1, column: c, message: 'required column is missing' }));
}

/** The outcome of an import, printed by `npm run import`. All-or-nothing: problems mean nothing was written. */
export interface ImportReport {
  kind: string;
  file: string;
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  problems: RowProblem[];
}

export function formatReport(report: ImportReport): string {
  const head = `${report.kind} import of ${report.file}: ${report.rows} rows`;
  if (report.problems.length) {
    return [`${head}; NOTHING WRITTEN, ${report.problems.length} problem(s):`, ...report.problems.map((p) => `  line ${p.line}${p.column ? `, column ${p.column}` : ''}: ${p.message}`)].join('\n');
  }
  return `${head}; ${report.inserted} inserted, ${report.updated} updated, ${report.unchanged} unchanged.`;
}
