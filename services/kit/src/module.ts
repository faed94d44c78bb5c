import { readFileSync } from 'node:fs';
import { parse, type DocumentNode } from 'graphql';
import type { DataSource } from 'typeorm';
import { env, flag, intEnv, isProduction, productionSecret } from './config';
import { migrate } from './db';
import { createLogger, type Logger } from './log';
import { DEFAULT_REFERENCE_TIMEOUT_MS, subgraphUrlsFromEnv } from './references';
import { createSubgraphServer, type SubgraphDefinition } from './subgraph';
import type { SubgraphTasks } from './tasks';

/** Everything the stack needs to know about one subgraph: how to connect, serve, and fill it. */
export interface SubgraphModule<L = unknown> {
  name: string;
  defaultPort: number;
  definition: SubgraphDefinition<L>;
  createDataSource(url: string): DataSource;
  /** Loads the demo data; idempotent (a second run changes nothing). */
  seed(dataSource: DataSource): Promise<void>;
  /** Whether the demo data (or any data) is already there, so start-up does not load it twice. */
  hasData(dataSource: DataSource): Promise<boolean>;
  /**
   * Work a subgraph must do after its tables were bulk-loaded, e.g. computing derived tables.
   * `npm run seed:national` calls it once everything is loaded and analysed, and prints the summary
   * it returns.
   */
  afterBulkLoad?(dataSource: DataSource): Promise<string | void>;
  /** Imports, exports and maintenance commands this subgraph offers on the command line. */
  tasks?: SubgraphTasks;
  /**
   * Work that runs beside the server in every process of this subgraph (a job worker): started once it
   * listens, stopped before its database connections close.
   */
  background?(dataSource: DataSource, options: { databaseUrl: string; log: Logger }): Promise<Background>;
}

export interface Background {
  /** Resolves when the work queued so far is done (tests and benchmarks wait for it). */
  settled?(): Promise<void>;
  stop(): Promise<void>;
}

export function loadTypeDefs(file: string): DocumentNode {
  return parse(readFileSync(file, 'utf8'));
}

/**
 * The `index.ts` of every subgraph: connect, migrate and seed when asked (RUN_MIGRATIONS,
 * LOAD_DEMO_DATA), listen, and shut down cleanly on SIGTERM / SIGINT.
 */
export async function runSubgraph(module: SubgraphModule): Promise<void> {
  const log = createLogger(module.name);
  const dataSource = module.createDataSource(env('DATABASE_URL'));
  await dataSource.initialize();
  if (flag('RUN_MIGRATIONS')) {
    const ran = await migrate(dataSource);
    if (ran.length) log.info({ migrations: ran }, 'migrations applied');
  }
  if (flag('LOAD_DEMO_DATA') && !(await module.hasData(dataSource))) {
    await module.seed(dataSource);
    log.info('demo data loaded');
  }
  const secret = isProduction() ? productionSecret('SUBGRAPH_SECRET') : env('SUBGRAPH_SECRET');
  const server = createSubgraphServer(module.definition, {
    dataSource,
    secret,
    logger: log,
    // PARTNERS_URL etc.: where to ask about another domain's keys before writing them.
    subgraphUrls: subgraphUrlsFromEnv(),
    referenceTimeoutMs: intEnv('REFERENCE_TIMEOUT_MS', DEFAULT_REFERENCE_TIMEOUT_MS),
  });
  const running = await server.listen(intEnv('PORT', module.defaultPort), env('HOST', '127.0.0.1'));
  log.info({ url: running.url }, 'subgraph listening');
  const background = await module.background?.(dataSource, { databaseUrl: env('DATABASE_URL'), log });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await running.close();
    await background?.stop();
    await dataSource.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}
