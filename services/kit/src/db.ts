import 'reflect-metadata';
import { loadConfig, setting } from './config';
import { timedClient } from './subgraph-metrics';
import { DataSource, Raw, type Logger as TypeOrmLogger, type MixedList, type EntitySchema } from 'typeorm';

/**
 * Counts SQL statements per data source. The N+1 tests read it around one GraphQL operation; in
 * production it is a cheap integer increment. `LOG_SQL=1` also prints every statement.
 */
export const queryCounter = {
  counts: new Map<string, number>(),
  add(name: string) {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  },
  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  },
  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  },
  reset() {
    this.counts.clear();
  },
};

class CountingLogger implements TypeOrmLogger {
  constructor(private readonly name: string) {}
  logQuery(query: string, parameters?: unknown[]) {
    queryCounter.add(this.name);
    if (process.env.LOG_SQL) process.stderr.write(`[${this.name}] ${query} ${parameters?.length ? JSON.stringify(parameters) : ''}\n`);
  }
  logQueryError(error: string | Error, query: string) {
    if (process.env.LOG_SQL) process.stderr.write(`[${this.name}] ERROR ${String(error)} in ${query}\n`);
  }
  logQuerySlow(time: number, query: string) {
    if (process.env.LOG_SQL) process.stderr.write(`[${this.name}] SLOW ${time}ms ${query}\n`);
  }
  logSchemaBuild() {}
  logMigration(message: string) {
    if (process.env.LOG_SQL) process.stderr.write(`[${this.name}] ${message}\n`);
  }
  log() {}
}

/** A class: an entity or a migration (TypeORM takes them as constructors). */
export type ClassOf = abstract new (...args: never[]) => unknown;

export interface DataSourceOptions {
  /** The subgraph; also its PostgreSQL schema, which it alone owns. */
  schema: string;
  url: string;
  entities: MixedList<ClassOf | string | EntitySchema>;
  migrations: MixedList<ClassOf | string>;
  poolSize?: number;
  connectTimeoutMs?: number;
  statementTimeoutMs?: number;
}

/** The database settings every subgraph process reads (checked at start with the rest of its configuration). */
export const databaseSettings = {
  DB_POOL_SIZE: setting.integer(5, { min: 1, max: 200 }),
  DB_CONNECT_TIMEOUT_MS: setting.integer(5000, { min: 1 }),
  DB_STATEMENT_TIMEOUT_MS: setting.integer(15000, { min: 1 }),
};

/**
 * A TypeORM data source confined to one PostgreSQL schema: every entity and migration names its
 * schema explicitly and the migrations table lives in it. (No `search_path` tricks: the embedded
 * PGlite multiplexes all connections onto one session, so session settings would leak.)
 */
export function createDataSource(options: DataSourceOptions): DataSource {
  // Scripts and tests make data sources too; they get the same checked settings.
  const fromEnv = loadConfig('database', databaseSettings);
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['query', 'error', 'migration'],
    logger: new CountingLogger(options.schema),
    poolSize: options.poolSize ?? fromEnv.DB_POOL_SIZE,
    applicationName: `kansrijk-${options.schema}`,
    extra: {
      // Times every statement for the metrics (kansrijk_db_statement_duration_seconds).
      Client: timedClient(options.schema),
      connectionTimeoutMillis: options.connectTimeoutMs ?? fromEnv.DB_CONNECT_TIMEOUT_MS,
      // Bounded statements: one runaway query must not hold a pooled connection for ever.
      statement_timeout: options.statementTimeoutMs ?? fromEnv.DB_STATEMENT_TIMEOUT_MS,
    },
  });
}

/** Creates the subgraph's schema if needed, then runs its pending migrations, each in a transaction. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const schema = (dataSource.options as { schema: string }).schema;
  await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  const ran = await dataSource.runMigrations({ transaction: 'each' });
  return ran.map((m) => m.name);
}

/** Drops the subgraph's schema with everything in it: tests use this for a clean start. */
export async function dropSchema(dataSource: DataSource): Promise<void> {
  const schema = (dataSource.options as { schema: string }).schema;
  await dataSource.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
}

/** Inserts rows in batches; PostgreSQL limits a statement to 65535 parameters. */
export async function insertInBatches<T extends object>(
  run: (batch: T[]) => Promise<unknown>,
  rows: T[],
  batchSize = 500,
): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) await run(rows.slice(i, i + batchSize));
}

/**
 * A `find` condition "one of these values" as `= ANY($1)`: one array parameter however many values, where
 * TypeORM's `In([...])` binds one parameter each and a national file (more than 65,535 keys) would exceed
 * PostgreSQL's limit on parameters in a statement.
 */
export const anyOf = <T>(values: readonly T[]) => Raw((column) => `${column} = ANY(:anyOfValues)`, { anyOfValues: [...values] });
