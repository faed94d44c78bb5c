/**
 * The metrics of a subgraph process, made by the kit so that every subgraph (a new one too) has them:
 * requests per operation, their latency and errors, the connection pool behind TypeORM and the
 * duration of every SQL statement (labelled by kind, never by text). A subgraph adds gauges of its own
 * through `metrics` in its declaration (`collectedGauge`).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import pg from 'pg';
import { Counter, Histogram, type Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { BoundedLabel, LATENCY_BUCKETS, collectedGauge, errorCodeLabel, processRegistry } from './metrics';

/** Statement durations, in seconds: most take well under a millisecond; the statement timeout is 15 s. */
export const STATEMENT_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15];

/** Distinct client operation names per subgraph before the rest is `(other)`. */
export const MAX_OPERATION_LABELS = 100;

/** The first keyword of a statement, from a fixed list (anything else is `other`): the label, never the text. */
const KINDS = new Set(['select', 'insert', 'update', 'delete', 'with', 'begin', 'start', 'commit', 'rollback', 'savepoint', 'release', 'set', 'show', 'copy', 'create', 'alter', 'drop', 'truncate', 'lock', 'analyze', 'vacuum', 'notify', 'listen']);

export function statementKind(sql: string): string {
  const word = /^(?:\s+|--[^\n]*\n|\/\*[\s\S]*?\*\/)*([A-Za-z]+)/.exec(sql)?.[1]?.toLowerCase() ?? '';
  return KINDS.has(word) ? word : 'other';
}

export interface SubgraphMetrics {
  name: string;
  registry: Registry;
  requests: Counter<'subgraph' | 'operation'>;
  errors: Counter<'subgraph' | 'operation' | 'code'>;
  duration: Histogram<'subgraph' | 'operation'>;
  statements: Histogram<'subgraph' | 'kind'>;
  statementErrors: Counter<'subgraph' | 'kind'>;
  operations: BoundedLabel;
  codes: BoundedLabel;
}

/**
 * One registry per subgraph name for the process (tests run all four subgraphs in one process, each
 * serving its own `/metrics`), as prom-client's default registry is one per process.
 */
const bySubgraph = new Map<string, SubgraphMetrics>();

export function subgraphMetrics(name: string): SubgraphMetrics {
  let metrics = bySubgraph.get(name);
  if (metrics) return metrics;
  const registry = processRegistry();
  const registers = [registry];
  metrics = {
    name,
    registry,
    requests: new Counter({ name: 'kansrijk_subgraph_requests_total', help: 'GraphQL requests the subgraph answered, by client operation name', labelNames: ['subgraph', 'operation'], registers }),
    errors: new Counter({ name: 'kansrijk_subgraph_errors_total', help: 'Answers carrying errors, by client operation name and error code (once per code and answer)', labelNames: ['subgraph', 'operation', 'code'], registers }),
    duration: new Histogram({ name: 'kansrijk_subgraph_request_duration_seconds', help: 'Time from a signed request to its answer, by client operation name', labelNames: ['subgraph', 'operation'], buckets: LATENCY_BUCKETS, registers }),
    statements: new Histogram({ name: 'kansrijk_db_statement_duration_seconds', help: 'SQL statements from sending to result, by the statement\'s first keyword', labelNames: ['subgraph', 'kind'], buckets: STATEMENT_BUCKETS, registers }),
    statementErrors: new Counter({ name: 'kansrijk_db_statement_errors_total', help: 'SQL statements that failed (including timeouts and serialization conflicts), by first keyword', labelNames: ['subgraph', 'kind'], registers }),
    operations: new BoundedLabel(MAX_OPERATION_LABELS),
    codes: errorCodeLabel(),
  };
  bySubgraph.set(name, metrics);
  return metrics;
}

/**
 * A pg client that times every statement it sends. The pool behind TypeORM makes its connections with
 * it (`extra.Client`), so every path (repositories, query builders, raw queries, migrations) is timed
 * in one place. Streams (COPY, cursors) are passed through untimed.
 */
export function timedClient(subgraph: string): typeof pg.Client {
  return class TimedClient extends pg.Client {
    // pg's query has many overloads; the timing does not care which one was called.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    override query(...args: any[]): any {
      const first = args[0] as string | { text?: string; submit?: unknown } | undefined;
      // Streams (COPY, cursors) report their rows themselves: passed through untimed.
      if (typeof first === 'object' && typeof first?.submit === 'function') return (super.query as (...a: unknown[]) => unknown)(...args);
      const kind = statementKind(typeof first === 'string' ? first : (first?.text ?? ''));
      const metrics = subgraphMetrics(subgraph);
      const started = performance.now();
      const done = (failed: boolean) => {
        metrics.statements.observe({ subgraph, kind }, (performance.now() - started) / 1000);
        if (failed) metrics.statementErrors.inc({ subgraph, kind });
      };
      const callback = typeof args.at(-1) === 'function' ? (args.pop() as (error: unknown, result: unknown) => void) : null;
      if (callback) {
        args.push((error: unknown, result: unknown) => {
          done(!!error);
          callback(error, result);
        });
      }
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const result = (super.query as (...a: any[]) => any)(...args);
      if (!callback && typeof result?.then === 'function') (result as Promise<unknown>).then(() => done(false), () => done(true));
      return result;
    }
  };
}

/** The pg pool TypeORM made for a data source (its `master`), once it is initialised. */
function poolOf(dataSource: DataSource): pg.Pool | undefined {
  if (!dataSource.isInitialized) return undefined;
  return (dataSource.driver as unknown as { master?: pg.Pool }).master;
}

/** Gauges of the connection pool serving this subgraph's requests, read at every scrape. */
export function watchPool(metrics: SubgraphMetrics, dataSource: DataSource): void {
  const subgraph = metrics.name;
  const gauge = (name: string, help: string, value: (pool: pg.Pool) => number) =>
    collectedGauge(metrics.registry, {
      name,
      help,
      labelNames: ['subgraph'],
      read: () => {
        const pool = poolOf(dataSource);
        return pool ? [{ labels: { subgraph }, value: value(pool) }] : [];
      },
    });
  gauge('kansrijk_db_pool_connections', 'Open connections of the pool (busy and idle)', (pool) => pool.totalCount);
  gauge('kansrijk_db_pool_idle_connections', 'Open connections not in use', (pool) => pool.idleCount);
  gauge('kansrijk_db_pool_waiting_requests', 'Queries waiting for a connection because all are busy', (pool) => pool.waitingCount);
  gauge('kansrijk_db_pool_max_connections', 'The size limit of the pool (DB_POOL_SIZE)', (pool) => (pool as unknown as { options: { max: number } }).options.max);
}

/** Counts and times every GraphQL request by the client's operation name (from the gateway's envelope). */
export function subgraphMetricsPlugin(metrics: SubgraphMetrics): ApolloServerPlugin<{ operationName: string | null }> {
  const subgraph = metrics.name;
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ response, contextValue }) {
          const operation = metrics.operations.of(contextValue.operationName);
          metrics.requests.inc({ subgraph, operation });
          metrics.duration.observe({ subgraph, operation }, (performance.now() - started) / 1000);
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = new Set(errors.map((e) => metrics.codes.of(String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'))));
          for (const code of codes) metrics.errors.inc({ subgraph, operation, code });
        },
      };
    },
  };
}
