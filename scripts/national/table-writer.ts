import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource, QueryRunner } from 'typeorm';

export type CopyValue = string | number | boolean | null | readonly string[];

/** Rows loaded per table. */
export type TableCounts = Record<string, number>;

/**
 * Streams rows into one table. Rows are written as they are generated; `backedUp` says the database
 * has not caught up yet, and the generator then awaits `drain()` before it makes more, so memory stays
 * flat at any scale.
 */
export interface TableWriter {
  readonly table: string;
  readonly rows: number;
  write(row: readonly CopyValue[]): void;
  readonly backedUp: boolean;
  drain(): Promise<void>;
  /** Ends the load and commits it; resolves to the number of rows written. */
  close(): Promise<number>;
  /** Gives up: the table keeps none of the rows. */
  abort(): Promise<void>;
}

/**
 * `copy`: COPY FROM STDIN (pg-copy-streams), on a PostgreSQL server. `insert`: batched INSERTs, for
 * the embedded PGlite, whose wire-protocol server does not speak the COPY sub-protocol.
 */
export type LoadMethod = 'copy' | 'insert';

export async function loadMethodOf(dataSource: DataSource): Promise<LoadMethod> {
  const [{ version }] = await dataSource.query('SELECT version()');
  return String(version).includes('PGlite') ? 'insert' : 'copy';
}

export async function openTableWriter(dataSource: DataSource, method: LoadMethod, table: string, columns: readonly string[]): Promise<TableWriter> {
  const schema = (dataSource.options as { schema: string }).schema;
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as PoolClient;
  const qualified = `"${schema}"."${table}"`;
  return method === 'copy' ? copyWriter(runner, client, qualified, columns) : insertWriter(runner, client, qualified, columns);
}

/** Loads one table from rows generated on the fly, waiting for the database whenever it lags behind. */
export async function loadTable(
  dataSource: DataSource,
  method: LoadMethod,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
): Promise<number> {
  const writer = await openTableWriter(dataSource, method, table, columns);
  try {
    for (const row of rows) {
      writer.write(row);
      if (writer.backedUp) await writer.drain();
    }
  } catch (error) {
    await writer.abort();
    throw error;
  }
  return writer.close();
}

/** Text-format chunks of about this size go to the stream at once: fewer, larger CopyData messages. */
const CHUNK_CHARS = 1 << 16;

async function copyWriter(runner: QueryRunner, client: PoolClient, table: string, columns: readonly string[]): Promise<TableWriter> {
  // One transaction per table, with no statement timeout: the subgraphs' 15 s limit is for queries,
  // and one COPY of the attendance table runs for minutes at scale 10.
  await client.query('BEGIN');
  await client.query('SET LOCAL statement_timeout = 0');
  const stream = client.query(copyFrom(`COPY ${table} (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`));
  let failure: Error | null = null;
  stream.on('error', (error: Error) => (failure ??= error));
  let buffer = '';
  let rows = 0;
  let backedUp = false;
  let settled = false;
  const flush = () => {
    if (!buffer) return;
    if (!stream.write(buffer)) backedUp = true;
    buffer = '';
  };
  const check = () => {
    if (failure) throw new Error(`loading ${table}: ${failure.message}`);
  };
  return {
    table,
    get rows() {
      return rows;
    },
    get backedUp() {
      return backedUp || failure !== null;
    },
    write(row) {
      buffer += encodeRow(row);
      rows++;
      if (buffer.length >= CHUNK_CHARS) flush();
    },
    async drain() {
      check();
      if (!backedUp) return;
      await new Promise<void>((resolve) => {
        const done = () => {
          stream.off('drain', done);
          stream.off('error', done);
          resolve();
        };
        stream.on('drain', done);
        stream.on('error', done);
      });
      backedUp = false;
      check();
    },
    async close() {
      settled = true;
      flush();
      await new Promise<void>((resolve, reject) => {
        if (failure) return reject(failure);
        stream.on('finish', resolve);
        stream.on('error', reject);
        stream.end();
      }).catch((error: Error) => {
        failure ??= error;
      });
      try {
        check();
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        await runner.release();
      }
      return rows;
    },
    async abort() {
      if (settled) return;
      settled = true;
      stream.destroy();
      await client.query('ROLLBACK').catch(() => undefined);
      await runner.release().catch(() => undefined);
    },
  };
}

/** Rows per INSERT on PGlite; each batch is one JSON parameter, so there is no parameter limit. */
const INSERT_BATCH = 2_000;

async function insertWriter(runner: QueryRunner, client: PoolClient, table: string, columns: readonly string[]): Promise<TableWriter> {
  const list = columns.map((c) => `"${c}"`).join(', ');
  // json_populate_recordset converts each field to the column's own type, arrays included.
  const sql = `INSERT INTO ${table} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${table}, $1::json)`;
  let batch: Record<string, CopyValue>[] = [];
  let rows = 0;
  let settled = false;
  const flush = async () => {
    if (!batch.length) return;
    const json = JSON.stringify(batch);
    batch = [];
    await client.query(sql, [json]);
  };
  return {
    table,
    get rows() {
      return rows;
    },
    get backedUp() {
      return batch.length >= INSERT_BATCH;
    },
    write(row) {
      const record: Record<string, CopyValue> = {};
      columns.forEach((c, i) => (record[c] = row[i]));
      batch.push(record);
      rows++;
    },
    drain: flush,
    async close() {
      settled = true;
      try {
        await flush();
      } finally {
        await runner.release();
      }
      return rows;
    },
    async abort() {
      if (settled) return;
      settled = true;
      batch = [];
      await runner.release().catch(() => undefined);
    },
  };
}

/** COPY's text format: tab-separated, `\N` for null, backslash escapes for tab, newline and backslash. */
export function encodeRow(row: readonly CopyValue[]): string {
  let line = '';
  for (let i = 0; i < row.length; i++) {
    if (i) line += '\t';
    line += encodeValue(row[i]);
  }
  return `${line}\n`;
}

const NEEDS_ESCAPE = /[\\\t\n\r]/;

function escapeText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : text;
}

function encodeValue(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeText(value);
  return escapeText(arrayLiteral(value));
}

/** A text[] literal: every element quoted, so commas, braces and spaces inside need no thought. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
