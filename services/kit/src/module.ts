import { readFileSync } from 'node:fs';
import { parse, type DocumentNode } from 'graphql';
import type { DataSource } from 'typeorm';
import type { z } from 'zod';
import { ConfigurationError, commonSettings, loadConfig, setting } from './config';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { Claims } from './auth';
import { createDataSource, databaseSettings, migrate, type DataSourceOptions } from './db';
import { serverLimitProblems, serverLimitsFrom, serverSettings } from './http';
import { createLogger, type Logger } from './log';
import { listenMetrics, metricsAccess, metricsLocation, metricsProblems, metricsSettings } from './metrics';
import { subgraphMetrics } from './subgraph-metrics';
import { DEFAULT_REFERENCE_TIMEOUT_MS } from './references';
import { createSubgraphServer, type SubgraphDefinition } from './subgraph';
import { shutdownTracing } from './trace';
import type { SubgraphTasks } from './tasks';

/**
 * Everything the stack needs to know about one subgraph: how to connect, serve, and fill it. Made by
 * `defineSubgraph` from the subgraph's declaration.
 */
export type SubgraphModule<L = unknown, V = unknown> = Pick<SubgraphSpec<L, V>, 'name' | 'seed' | 'hasData' | 'afterBulkLoad' | 'tasks' | 'settings' | 'background'> & {
  defaultPort: number;
  definition: SubgraphDefinition<L, V>;
  /** `statementTimeoutMs` overrides DB_STATEMENT_TIMEOUT_MS (the subgraph process passes its own). */
  createDataSource(url: string, options?: Pick<DataSourceOptions, 'statementTimeoutMs' | 'poolSize'>): DataSource;
};

export interface BackgroundOptions {
  databaseUrl: string;
  log: Logger;
  /** The subgraph's own settings, checked (defaults applied) at start. */
  settings: Record<string, unknown>;
}

/** What a subgraph declares, once, in its `src/subgraph.ts`; `defineSubgraph` makes the rest. */
export interface SubgraphSpec<L, V> {
  /** As in the registry: the folder `services/<name>` and the PostgreSQL schema the subgraph owns. */
  name: string;
  /** The default port, from the registry. */
  port: number;
  /** Path of the subgraph's SDL (`schema.graphql`). */
  schema: string;
  entities: DataSourceOptions['entities'];
  migrations: DataSourceOptions['migrations'];
  // Each subgraph types its own resolvers; the map itself is untyped at this level.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  resolvers: GraphQLResolverMap<any>;
  /** The request's DataLoaders, created anew for every request. */
  loaders(dataSource: DataSource): L;
  /** The person behind a request, from the verified claims. */
  viewer(claims: Claims): V;
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
  /** Environment variables of this subgraph's own, as zod schemas (`setting.integer(...)` etc.). */
  settings?: z.ZodRawShape;
  /**
   * Work that runs beside the server in every process of this subgraph (a job worker): started once it
   * listens, stopped before its database connections close.
   */
  background?(dataSource: DataSource, options: BackgroundOptions): Promise<Background>;
  /** Gauges of its own on the subgraph's `/metrics` (`collectedGauge`), read at every scrape. */
  metrics?: SubgraphDefinition<L, V>['metrics'];
}

/**
 * The one shape of a subgraph. Each subgraph's `src/subgraph.ts` calls this with what is its own (SDL,
 * entities, migrations, resolvers, loaders, seed, tasks); the server, the data source on the
 * subgraph's own schema, the entry point, the scripts and the tests all take it from the result.
 */
export function defineSubgraph<L, V>(spec: SubgraphSpec<L, V>): SubgraphModule<L, V> {
  const { name, port, schema, entities, migrations, resolvers, loaders, viewer, seed, hasData, afterBulkLoad, tasks, settings, background, metrics } = spec;
  return {
    name,
    defaultPort: port,
    definition: { name, typeDefs: loadTypeDefs(schema), resolvers, createLoaders: loaders, viewer, metrics },
    createDataSource: (url, options) => createDataSource({ schema: name, url, entities, migrations, ...options }),
    seed,
    hasData,
    afterBulkLoad,
    tasks,
    settings,
    background,
  };
}

export interface Background {
  /** Resolves when the work queued so far is done (tests and benchmarks wait for it). */
  settled?(): Promise<void>;
  stop(): Promise<void>;
}

export function loadTypeDefs(file: string): DocumentNode {
  return parse(readFileSync(file, 'utf8'));
}

/** Every variable a subgraph process reads: the kit's, then the subgraph's own. */
export function subgraphSettings(module: Pick<SubgraphModule, 'defaultPort' | 'settings'>) {
  return {
    ...commonSettings,
    ...databaseSettings,
    ...serverSettings,
    DATABASE_URL: setting.url(['postgres:', 'postgresql:']),
    SUBGRAPH_SECRET: setting.secret(),
    PORT: setting.port(module.defaultPort),
    RUN_MIGRATIONS: setting.flag(),
    LOAD_DEMO_DATA: setting.flag(),
    REFERENCE_TIMEOUT_MS: setting.integer(DEFAULT_REFERENCE_TIMEOUT_MS, { min: 1 }),
    ...requestTimeoutSettings,
    /** Statements of the background work (the children's refresh of the published figures), which no client waits on. */
    BACKGROUND_STATEMENT_TIMEOUT_MS: setting.integer(120_000, { min: 1 }),
    ...metricsSettings,
    ...module.settings,
  };
}

/**
 * The timeouts of a serving subgraph, which must end its work before the gateway gives up on it
 * (docs/operations.md, "Timeouts that line up"): one statement, then the whole request, then the
 * gateway's SUBGRAPH_TIMEOUT_MS. Tasks and scripts keep the longer DB_STATEMENT_TIMEOUT_MS default of
 * the kit (15 s): they run long set-based statements no client waits on.
 */
/** Connections of the background work's own pool (runSubgraph), beside DB_POOL_SIZE. */
export const BACKGROUND_POOL_SIZE = 1;

export const requestTimeoutSettings = {
  DB_STATEMENT_TIMEOUT_MS: setting.integer(4_000, { min: 1 }),
  REQUEST_DEADLINE_MS: setting.integer(4_500, { min: 1 }),
  /** The gateway's variable, read when the same environment gives it (npm start, a shared ConfigMap). */
  SUBGRAPH_TIMEOUT_MS: setting.integer(5_000, { min: 1 }),
};

export function requestTimeoutProblems(config: { [K in keyof typeof requestTimeoutSettings]: number }): ConfigurationError['problems'] {
  const problems: ConfigurationError['problems'] = [];
  if (config.DB_STATEMENT_TIMEOUT_MS > config.REQUEST_DEADLINE_MS) {
    problems.push({ variable: 'DB_STATEMENT_TIMEOUT_MS', message: `must not be longer than REQUEST_DEADLINE_MS (${config.REQUEST_DEADLINE_MS})` });
  }
  if (config.REQUEST_DEADLINE_MS >= config.SUBGRAPH_TIMEOUT_MS) {
    problems.push({ variable: 'REQUEST_DEADLINE_MS', message: `must be shorter than the gateway's SUBGRAPH_TIMEOUT_MS (${config.SUBGRAPH_TIMEOUT_MS}): a subgraph must give up before the gateway does` });
  }
  return problems;
}

/**
 * The `index.ts` of every subgraph: check the configuration, connect, migrate and seed when asked
 * (RUN_MIGRATIONS, LOAD_DEMO_DATA), listen, and shut down cleanly on SIGTERM / SIGINT.
 */
export async function runSubgraph<L, V>(
  module: SubgraphModule<L, V>,
  /** The other subgraphs' GraphQL URLs from the environment (the registry's `subgraphUrlsFromEnv`), checked at start too. */
  subgraphUrlsFromEnv: () => Readonly<Record<string, string>>,
): Promise<void> {
  // Both checked before either is used, so one start names every bad variable.
  const problems: ConfigurationError['problems'] = [];
  const checked = <T>(read: () => T): T | null => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error;
      problems.push(...error.problems);
      return null;
    }
  };
  const settings = checked(() => loadConfig(module.name, subgraphSettings(module)));
  const subgraphUrls = checked(subgraphUrlsFromEnv);
  if (settings) problems.push(...serverLimitProblems(settings as Parameters<typeof serverLimitProblems>[0]), ...requestTimeoutProblems(settings as Parameters<typeof requestTimeoutProblems>[0]), ...metricsProblems(settings as Parameters<typeof metricsProblems>[0]));
  if (!settings || !subgraphUrls || problems.length) throw new ConfigurationError(module.name, problems);
  const config = settings as Record<string, unknown> & Parameters<typeof serverLimitsFrom>[0] & {
    DATABASE_URL: string; SUBGRAPH_SECRET: string; PORT: number; HOST: string; RUN_MIGRATIONS: boolean; LOAD_DEMO_DATA: boolean; REFERENCE_TIMEOUT_MS: number;
    NODE_ENV: string; METRICS_PORT?: number; METRICS_HOST?: string; METRICS_TOKEN?: string;
  } & { [K in keyof typeof requestTimeoutSettings]: number };
  const log = createLogger(module.name);
  const access = metricsAccess(config, config.NODE_ENV === 'production');
  // Migrations and the demo data run on a data source of their own, with the tasks' longer statement
  // timeout (an index built on a national table takes longer than a request may).
  if (config.RUN_MIGRATIONS || config.LOAD_DEMO_DATA) {
    const setup = module.createDataSource(config.DATABASE_URL);
    await setup.initialize();
    try {
      if (config.RUN_MIGRATIONS) {
        const ran = await migrate(setup);
        if (ran.length) log.info({ migrations: ran }, 'migrations applied');
      }
      if (config.LOAD_DEMO_DATA && !(await module.hasData(setup))) {
        await module.seed(setup);
        log.info('demo data loaded');
      }
    } finally {
      await setup.destroy();
    }
  }
  const dataSource = module.createDataSource(config.DATABASE_URL, { statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS });
  await dataSource.initialize();
  const server = createSubgraphServer(module.definition, {
    dataSource,
    secret: config.SUBGRAPH_SECRET,
    logger: log,
    // PARTNERS_URL etc.: where to ask about another domain's keys before writing them.
    subgraphUrls,
    referenceTimeoutMs: config.REFERENCE_TIMEOUT_MS,
    deadlineMs: config.REQUEST_DEADLINE_MS,
    server: serverLimitsFrom(config),
    metrics: access,
  });
  const running = await server.listen(config.PORT, config.HOST);
  const ownMetrics = config.METRICS_PORT ? await listenMetrics(subgraphMetrics(module.name).registry, config.METRICS_PORT, config.METRICS_HOST ?? config.HOST, config.METRICS_TOKEN) : undefined;
  log.info({ url: running.url, metrics: metricsLocation(access, running.url, ownMetrics) }, 'subgraph listening');
  // The background work runs long set-based statements (a national municipality's figures) that no
  // client waits on: a small pool of its own, with BACKGROUND_STATEMENT_TIMEOUT_MS instead of the
  // request's DB_STATEMENT_TIMEOUT_MS, so the serving timeouts can stay short.
  const backgroundSource = module.background
    ? module.createDataSource(config.DATABASE_URL, { statementTimeoutMs: config.BACKGROUND_STATEMENT_TIMEOUT_MS as number, poolSize: BACKGROUND_POOL_SIZE })
    : undefined;
  await backgroundSource?.initialize();
  const background = backgroundSource ? await module.background?.(backgroundSource, { databaseUrl: config.DATABASE_URL, log, settings: config }) : undefined;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await running.close();
    await ownMetrics?.close();
    await background?.stop();
    await backgroundSource?.destroy();
    await dataSource.destroy();
    await shutdownTracing();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

/**
 * How a process entry ends a failed start: a configuration error as its one line per variable (exit
 * code 2), anything else with its stack on stderr (exit code 1). Never reaches a client.
 */
export function exitAfterFailedStart(error: unknown): never {
  if (error instanceof ConfigurationError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
}
