/**
 * The whole stack for end-to-end tests, the way gateway-js tests do it: the four subgraphs and the
 * gateway on free ports, over real HTTP, on the test database (migrated, demo data loaded when empty).
 */
import { readFileSync } from 'node:fs';
import { createLogger, createSubgraphServer, loadConfig, listenOn, migrate, queryCounter, type Background, type Claims, type RunningServer } from '@kansrijk/kit';
import { type Role } from '@kansrijk/domain';
import { TEST_SECRET, testDatabaseUrl } from '@kansrijk/kit/src/testing';
import type { DataSource } from 'typeorm';
import type { ResilienceSettings } from '../gateway/src/resilience';
import { createGateway } from '../gateway/src/server';
import { signToken } from '../gateway/src/tokens';
import { MODULES } from '../scripts/modules';
import { SUPERGRAPH_FILE } from '../scripts/subgraphs';

export const TEST_JWT_SECRET = 'test-jwt-secret';

export interface Stack {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  dataSources: Record<string, DataSource>;
  token(role: Role | Role[], extra?: Partial<Claims>): Promise<string>;
  query<T = any>(query: string, variables?: Record<string, unknown>, token?: string | null, operationName?: string): Promise<{ status: number; data?: T; errors?: any[] }>;
  /** Stops a subgraph's HTTP server (a crash, as the gateway sees it) and starts it again on its port. */
  stopSubgraph(name: string): Promise<void>;
  startSubgraph(name: string): Promise<void>;
  /** Makes a subgraph answer `ms` later (0: normal), to try timeouts. */
  setDelay(name: string, ms: number): void;
  /** Resolves when the subgraphs' background work queued so far is done (e.g. the figures refresh after a write). */
  settled(): Promise<void>;
  /** Runs `fn` and returns how many SQL statements all subgraphs ran meanwhile. */
  countQueries(fn: () => Promise<unknown>): Promise<{ total: number; bySubgraph: Record<string, number> }>;
  close(): Promise<void>;
}

export interface StackOptions {
  /** Another database than the test file's (e.g. a server a test restarts); it is migrated and seeded. */
  databaseUrl?: string;
  subgraphTimeoutMs?: number;
  /** The subgraphs whose demo data an empty database gets (default all): a test that never reads the
   * children's figures need not publish them first. */
  seed?: readonly string[];
  /** The gateway's retries and circuit breakers (defaults as in production). */
  resilience?: Partial<Omit<ResilienceSettings, 'deadlineMs'>>;
  /** The subgraphs' statement timeout and request deadline (unset: the kit's defaults for tasks, no deadline). */
  statementTimeoutMs?: number;
  requestDeadlineMs?: number;
}

export async function startStack({ databaseUrl, subgraphTimeoutMs, seed, resilience, statementTimeoutMs, requestDeadlineMs }: StackOptions = {}): Promise<Stack> {
  const url = databaseUrl ?? testDatabaseUrl();
  const dataSources: Record<string, DataSource> = {};
  const subgraphUrls: Record<string, string> = {};
  const closers: (() => Promise<void>)[] = [];
  const listeners: Record<string, { running: RunningServer | null; start(): Promise<void> }> = {};
  const delays: Record<string, number> = {};
  const backgrounds: Background[] = [];
  for (const module of MODULES) {
    const dataSource = module.createDataSource(url, statementTimeoutMs ? { statementTimeoutMs } : undefined);
    await dataSource.initialize();
    await migrate(dataSource);
    if ((!seed || seed.includes(module.name)) && !(await module.hasData(dataSource))) await module.seed(dataSource);
    // subgraphUrls is filled in as the subgraphs listen; it is read when a write asks another subgraph.
    const server = createSubgraphServer(module.definition, { dataSource, secret: TEST_SECRET, subgraphUrls, deadlineMs: requestDeadlineMs });
    const name = module.name;
    const listener = {
      running: null as RunningServer | null,
      port: 0,
      async start() {
        const delayed = (req: Parameters<typeof server.handler>[0], res: Parameters<typeof server.handler>[1]) =>
          delays[name] ? setTimeout(() => server.handler(req, res), delays[name]) : server.handler(req, res);
        this.running = await listenOn(delayed, this.port, '127.0.0.1', async () => undefined);
        this.port = this.running.port;
      },
    };
    await listener.start();
    listeners[name] = listener;
    dataSources[name] = dataSource;
    subgraphUrls[name] = listener.running!.url;
    // Background work runs as in every subgraph process (the refresh job of the VVE figures).
    const background = await module.background?.(dataSource, { databaseUrl: url, log: createLogger(name), settings: loadConfig(name, module.settings ?? {}) });
    if (background) backgrounds.push(background);
    closers.push(async () => {
      await listener.running?.close();
      await background?.stop();
      await server.stop();
      await dataSource.destroy();
    });
  }
  const gateway = await createGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls,
    jwtSecret: TEST_JWT_SECRET,
    subgraphSecret: TEST_SECRET,
    subgraphTimeoutMs,
    resilience,
    explorer: { demoToken: 'demo-token-for-tests' },
  }).listen(0);
  closers.unshift(gateway.close);

  const token = (role: Role | Role[], extra: Partial<Claims> = {}) =>
    signToken(
      { sub: `e2e-${[role].flat().join('-')}`, roles: [role].flat(), municipalities: [], organisations: [], ...extra },
      { secret: TEST_JWT_SECRET },
    );

  return {
    gatewayUrl: gateway.url,
    subgraphUrls,
    dataSources,
    token,
    async query(query, variables = {}, bearer, operationName) {
      const auth = bearer === undefined ? await token('analyst') : bearer;
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
        body: JSON.stringify({ query, variables, ...(operationName ? { operationName } : {}) }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async stopSubgraph(name) {
      await listeners[name].running?.close();
      listeners[name].running = null;
    },
    async startSubgraph(name) {
      await listeners[name].start();
    },
    setDelay(name, ms) {
      delays[name] = ms;
    },
    async settled() {
      for (const b of backgrounds) await b.settled?.();
    },
    async countQueries(fn) {
      const before = queryCounter.snapshot();
      await fn();
      const after = queryCounter.snapshot();
      const bySubgraph: Record<string, number> = {};
      for (const [name, n] of Object.entries(after)) if (n !== (before[name] ?? 0)) bySubgraph[name] = n - (before[name] ?? 0);
      return { total: Object.values(bySubgraph).reduce((a, b) => a + b, 0), bySubgraph };
    },
    async close() {
      for (const close of closers) await close();
    },
  };
}

/** A contract operation, read from the copies the explorer ships (kept identical to ../shared/contract). */
export function operation(file: string): string {
  return readFileSync(`${__dirname}/../gateway/examples/${file}`, 'utf8');
}
