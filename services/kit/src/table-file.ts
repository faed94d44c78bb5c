/**
 * Tables as the public registers publish them (DUO, LRK, CBS): a header row, then rows; `;`, `,` or tab
 * separated; quoted fields; CRLF or LF; in UTF-8 (with or without a byte-order mark) or in windows-1252,
 * which DUO's and CBS's files often are. The file is streamed: a national register never sits in memory
 * as text, only the rows the caller keeps.
 *
 * The encoding is decided before a row is read (a first pass over the bytes: a file that is not valid
 * UTF-8 everywhere is windows-1252, which every byte sequence is), so a Frisian name is never stored
 * as `�` and the report can say which encoding was used.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { pipeline, Transform, type TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';
import type { CsvRow, RowProblem } from './csv';

export type Encoding = 'UTF-8' | 'UTF-8 with BOM' | 'windows-1252';
export type Delimiter = ';' | ',' | '\t';

/** How far a read has come: bytes of the file read so far, of `total`. */
export type Progress = (read: number, total: number) => void;

export interface TableFile {
  path: string;
  encoding: Encoding;
  delimiter: Delimiter;
  /** The header as written (trimmed, quotes removed), in file order. */
  columns: string[];
  /** Size of the file in bytes. */
  bytes: number;
  /** The data rows, streamed: values keyed by the header's column names; a short row reads as ''. */
  rows(): AsyncGenerator<CsvRow>;
}

const BOM = [0xef, 0xbb, 0xbf];

/** UTF-8 (with or without BOM) when every byte sequence of the file is valid UTF-8, else windows-1252. */
export async function detectEncoding(path: string): Promise<Encoding> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  let bom = false;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      if (first) {
        bom = chunk.length >= 3 && BOM.every((b, i) => chunk[i] === b);
        first = false;
      }
      decoder.decode(chunk, { stream: true });
    }
    decoder.decode();
  } catch (error) {
    // Not `instanceof TypeError`: the decoder's error comes from Node's own realm.
    if ((error as { code?: string }).code === 'ERR_ENCODING_INVALID_ENCODED_DATA') return 'windows-1252';
    throw error;
  }
  return bom ? 'UTF-8 with BOM' : 'UTF-8';
}

/** Decodes a byte stream to text in `encoding`, dropping a UTF-8 byte-order mark. */
function decoding(encoding: Encoding): Transform {
  const decoder = new TextDecoder(encoding === 'windows-1252' ? 'windows-1252' : 'utf-8', { ignoreBOM: false });
  return new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done: TransformCallback) {
      done(null, decoder.decode());
    },
  });
}

/** The separator of a header line: the one of `;`, tab and `,` that occurs most outside quotes. */
export function detectDelimiter(headerLine: string): Delimiter {
  const outside = headerLine.replace(/"[^"]*"/g, '');
  const count = (d: string) => outside.split(d).length - 1;
  const candidates: Delimiter[] = [';', '\t', ','];
  return candidates.reduce((best, d) => (count(d) > count(best) ? d : best), ';');
}

/** The first line of the file, decoded (up to 64 KB: a header is never longer). */
async function firstLine(path: string, encoding: Encoding): Promise<string> {
  let text = '';
  for await (const chunk of createReadStream(path, { start: 0, end: 65_535 }).pipe(decoding(encoding)) as AsyncIterable<string>) {
    text += chunk;
    if (/[\r\n]/.test(text)) break;
  }
  return text.split(/\r?\n|\r/)[0];
}

/**
 * Opens a register table: decides its encoding and separator and reads its header. `rows()` streams
 * the data rows (each call reads the file again); `progress` hears how many bytes were read.
 */
export async function openTable(path: string, { delimiter, progress }: { delimiter?: Delimiter; progress?: Progress } = {}): Promise<TableFile> {
  const bytes = statSync(path).size;
  const encoding = await detectEncoding(path);
  const sep = delimiter ?? detectDelimiter(await firstLine(path, encoding));
  let columns: string[] = [];

  async function* records(): AsyncGenerator<{ cells: string[]; line: number }> {
    const source = createReadStream(path, { highWaterMark: 1 << 16 });
    let read = 0;
    if (progress) source.on('data', (chunk) => progress((read += chunk.length), bytes));
    // pipeline: a reader that stops early (the header) or fails closes the file too.
    const parser = pipeline(
      source,
      decoding(encoding),
      parse({ delimiter: sep, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true, info: true }),
      () => undefined,
    );
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      yield { cells: record, line: info.lines };
    }
  }

  // The header: the first record (a quoted header cell with a separator in it stays one column).
  for await (const { cells } of records()) {
    columns = cells.map((c) => c.trim());
    break;
  }

  return {
    path,
    encoding,
    delimiter: sep,
    columns,
    bytes,
    async *rows() {
      let header = true;
      for await (const { cells, line } of records()) {
        if (header) {
          header = false;
          continue;
        }
        // A row of only empty cells (`;;;;` in a spreadsheet export) is no row.
        if (cells.every((c) => c === '')) continue;
        yield { line, values: Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ''])) };
      }
    },
  };
}

/** A column name compared as registers vary it: any case, spaces, hyphens and underscores alike. */
export const columnKey = (name: string) => name.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

/**
 * The file's column for each wanted field, matching any of its names in any case (`GM_CODE`,
 * `gm_code`, `Gemeentecode`), and the columns no field asked for (reported as ignored).
 */
export function matchColumns<F extends string>(columns: readonly string[], wanted: Record<F, readonly string[]>): { found: Partial<Record<F, string>>; ignored: string[] } {
  const byKey = new Map(columns.map((c) => [columnKey(c), c]));
  const found: Partial<Record<F, string>> = {};
  const used = new Set<string>();
  for (const field of Object.keys(wanted) as F[]) {
    const name = wanted[field].map((n) => byKey.get(columnKey(n))).find((c) => c !== undefined);
    if (name !== undefined) {
      found[field] = name;
      used.add(name);
    }
  }
  return { found, ignored: columns.filter((c) => !used.has(c)) };
}

/**
 * A progress bar on a terminal (stderr), nothing elsewhere: `npm run import` on a national file shows how
 * far it is, a CI log or a pipe gets no control characters.
 */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): { progress: Progress; done(): void } {
  if (!stream.isTTY) return { progress: () => undefined, done: () => undefined };
  let last = -1;
  return {
    progress(read, total) {
      const percent = total ? Math.floor((read / total) * 100) : 100;
      if (percent === last) return;
      last = percent;
      const width = 30;
      const filled = Math.round((percent / 100) * width);
      stream.write(`\r${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${percent}%`);
    },
    done() {
      if (last >= 0) stream.write('\n');
    },
  };
}

/** A field an importer reads: the column names registers give it (the current one first), and whether it must be there. */
export interface FieldSpec {
  names: readonly string[];
  required?: boolean;
}

/** One data row as an importer sees it: cells by field, and ways to say what is wrong or why it is left out. */
export interface TableRow<F extends string> {
  line: number;
  /** The field's cell, trimmed; '' when empty or when the file has no such column. */
  get(field: F): string;
  /** Whether the file has a column for the field. */
  has(field: F): boolean;
  /** The field's column as the file spells it (for messages), or its first name. */
  column(field: F): string;
  /** Reports a problem with the row (`field` null: the row as a whole); the row is not kept. */
  problem(field: F | null, message: string): void;
  /** Leaves the row out on purpose (counted by reason in the report, not a problem). */
  skip(reason: string): void;
}

export interface ReadRows<T> {
  /** What `each` returned for every row without a problem or a skip, in file order. */
  kept: { line: number; value: T }[];
  problems: RowProblem[];
  skipped: Record<string, number>;
  /** Data rows read. */
  rows: number;
  /** Columns of the file that no field uses. */
  ignoredColumns: string[];
}

/**
 * Reads every row of a register table through `each`, which checks one row and returns what to keep.
 * Every problem of every row is collected (a report lists them all); a file without a required column
 * is one problem per column at line 1, and its rows are not read.
 */
export async function readRows<F extends string, T>(
  table: TableFile,
  fields: Record<F, FieldSpec>,
  each: (row: TableRow<F>) => T | undefined | Promise<T | undefined>,
): Promise<ReadRows<T>> {
  const { found, ignored } = matchColumns(table.columns, Object.fromEntries(Object.entries<FieldSpec>(fields).map(([f, spec]) => [f, spec.names])) as Record<F, readonly string[]>);
  const problems: RowProblem[] = [];
  for (const field of Object.keys(fields) as F[]) {
    if (fields[field].required && !found[field]) {
      const names = fields[field].names;
      problems.push({ line: 1, column: names[0], message: `required column is missing${names.length > 1 ? ` (also read as ${names.slice(1).join(', ')})` : ''}` });
    }
  }
  const result: ReadRows<T> = { kept: [], problems, skipped: {}, rows: 0, ignoredColumns: ignored };
  if (problems.length) return result;
  for await (const { line, values } of table.rows()) {
    result.rows++;
    let ok = true;
    let skipped: string | null = null;
    const row: TableRow<F> = {
      line,
      get: (field) => (found[field] ? (values[found[field]!] ?? '').trim() : ''),
      has: (field) => found[field] !== undefined,
      column: (field) => found[field] ?? fields[field].names[0],
      problem: (field, message) => {
        problems.push({ line, column: field === null ? null : row.column(field), message });
        ok = false;
      },
      skip: (reason) => {
        skipped = reason;
      },
    };
    const value = await each(row);
    if (skipped !== null) result.skipped[skipped] = (result.skipped[skipped] ?? 0) + 1;
    else if (ok && value !== undefined) result.kept.push({ line, value });
  }
  return result;
}

/**
 * A small file (a budget template, a monitoring export) read whole, decoded in the encoding its bytes
 * are in, the byte-order mark dropped: the same detection as `openTable`, for importers that parse text.
 */
export async function readTextFile(path: string): Promise<{ text: string; encoding: Encoding }> {
  const encoding = await detectEncoding(path);
  const text = new TextDecoder(encoding === 'windows-1252' ? 'windows-1252' : 'utf-8').decode(readFileSync(path));
  return { text, encoding };
}
