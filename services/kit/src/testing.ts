/**
 * Helpers for tests that talk to a real subgraph over HTTP, with the gateway's signature, on the
 * test database (TEST_DATABASE_URL, set by test/global-setup.ts to the machine's PostgreSQL or to an
 * embedded PGlite).
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Claims } from './auth';
import { dropSchema, migrate } from './db';
import type { SubgraphModule } from './module';
import type { RunningServer } from './http';
import { signedHeaders } from './references';
import { createSubgraphServer } from './subgraph';

export const TEST_SECRET = 'test-subgraph-secret';

/**
 * The database this test file uses. On a PostgreSQL server each file has its own copy of the seeded
 * template (made by test/file-database.ts before the file's first hook, so call this inside hooks and
 * tests); on the embedded PGlite it is TEST_DATABASE_URL itself.
 */
export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the tests with `npm test` (jest global setup sets it)');
  if (!process.env.KANSRIJK_TEST_TEMPLATE) return url;
  const own = process.env.KANSRIJK_TEST_FILE_DATABASE_URL;
  if (!own) throw new Error("This test file's database is made before its first hook: call testDatabaseUrl() inside beforeAll or a test");
  return own;
}

/** Whether this file's database is its own pristine copy of the seeded template (see `testDatabaseUrl`). */
const pristineCopy = () => Boolean(process.env.KANSRIJK_TEST_FILE_DATABASE_URL);
/** The subgraphs this file has started on its copy: a second start with `fresh` really starts afresh. */
const startedInThisFile = new Set<string>();

export function claims(role: string | string[], extra: Partial<Claims> = {}): Claims {
  return { sub: `test-${Array.isArray(role) ? role.join('-') : role}`, roles: Array.isArray(role) ? role : [role], municipalities: [], organisations: [], ...extra };
}

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Posts a GraphQL request signed as the gateway would sign it. */
export async function signedQuery<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  who: Claims = claims('analyst'),
  { secret = TEST_SECRET, operationName = null as string | null } = {},
): Promise<GraphQLResult<T>> {
  const body = JSON.stringify({ query, variables });
  const headers = signedHeaders(secret, { claims: who, requestId: randomUUID(), operationName }, body, url);
  const response = await fetch(url, { method: 'POST', headers, body });
  const json = (await response.json()) as GraphQLResult<T>;
  return { ...json, status: response.status };
}

export interface TestSubgraph {
  url: string;
  dataSource: DataSource;
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, who?: Claims): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

export interface TestSubgraphOptions {
  seed?: boolean;
  fresh?: boolean;
  /**
   * The other subgraphs this one asks about keys it stores (`ctx.references`), by name: start those
   * first with `startTestSubgraph` and pass `{ partners: partners.url }`. Nothing is mocked.
   */
  subgraphUrls?: Record<string, string>;
}

/**
 * Starts one subgraph on a fresh copy of its schema (dropped, migrated, seeded with the demo data; on
 * a server, the file's own copy of the seeded template the first time), listening on a free port.
 */
export async function startTestSubgraph(module: SubgraphModule, { seed = true, fresh = true, subgraphUrls = {} }: TestSubgraphOptions = {}): Promise<TestSubgraph> {
  const dataSource = module.createDataSource(testDatabaseUrl());
  await dataSource.initialize();
  // A file's own copy of the template already holds the demo data as seeded: the first start uses it.
  const seeded = fresh && seed && pristineCopy() && !startedInThisFile.has(module.name);
  startedInThisFile.add(module.name);
  if (!seeded) {
    if (fresh) await dropSchema(dataSource);
    await migrate(dataSource);
    if (seed) await module.seed(dataSource);
  }
  const server = createSubgraphServer(module.definition, { dataSource, secret: TEST_SECRET, subgraphUrls });
  const running: RunningServer = await server.listen(0);
  return {
    url: running.url,
    dataSource,
    query: (query, variables, who) => signedQuery(running.url, query, variables, who),
    close: async () => {
      await running.close();
      await dataSource.destroy();
    },
  };
}
