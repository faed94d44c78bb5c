/**
 * A request that ends early takes its SQL with it: when the gateway gives up on a subgraph (its socket
 * closes), when any client of a subgraph disconnects, or when the subgraph's own deadline passes, the
 * statement the request runs is cancelled in PostgreSQL and its connection goes back to the pool.
 *
 * A real statement is made slow with a real lock: another connection holds an ACCESS EXCLUSIVE lock on
 * partners.municipality, so the subgraph's SELECT waits in PostgreSQL (pg_stat_activity shows it
 * waiting on a Lock) for as long as the lock is held. The statement timeout is a minute, so nothing but
 * the cancellation can end it within the test.
 *
 * Only on a PostgreSQL server: the embedded PGlite runs one statement at a time for every connection
 * (a lock held by one would stop the others at the client side, not in the database) and ignores a
 * CancelRequest (docs/operations.md, "Timeouts that line up").
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createSubgraphServer, type RunningServer } from '@kansrijk/kit';
import { signedHeaders } from '@kansrijk/kit/src/references';
import { TEST_SECRET, claims, testDatabaseUrl } from '@kansrijk/kit/src/testing';
import { partners } from '@kansrijk/partners/src/subgraph';
import { onServer } from './databases';
import { startStack, type Stack } from './stack';

const QUERY = '{ municipality(code: "GM0984") { name } }';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

(onServer() ? describe : describe.skip)('an aborted request cancels its statement', () => {
  let stack: Stack;
  let locker: Client;
  let watcher: Client;
  let withDeadline: RunningServer;

  /** The partners subgraph's statements now waiting on a lock, as PostgreSQL sees them. */
  const blocked = async () =>
    (
      await watcher.query<{ pid: number; state: string }>(
        `SELECT pid, state FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = 'kansrijk-partners' AND state = 'active' AND wait_event_type = 'Lock'`,
      )
    ).rows;
  /** Polls (bounded: ten seconds, well short of the minute's statement timeout) until `check` holds. */
  const eventually = async (check: () => Promise<boolean>) => {
    for (let i = 0; i < 200; i++) {
      if (await check()) return true;
      await sleep(50);
    }
    return false;
  };

  beforeAll(async () => {
    stack = await startStack({ subgraphTimeoutMs: 800, statementTimeoutMs: 60_000, resilience: { retries: 0 } });
    withDeadline = await createSubgraphServer(partners.definition, { dataSource: stack.dataSources.partners, secret: TEST_SECRET, deadlineMs: 400 }).listen(0);
    watcher = new Client({ connectionString: testDatabaseUrl() });
    await watcher.connect();
  });
  afterAll(async () => {
    await withDeadline?.close();
    await watcher?.end();
    await stack?.close();
  });
  beforeEach(async () => {
    locker = new Client({ connectionString: testDatabaseUrl() });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE partners.municipality IN ACCESS EXCLUSIVE MODE');
  });
  afterEach(async () => {
    await locker.query('ROLLBACK');
    await locker.end();
  });

  it('when the gateway gives up on the subgraph', async () => {
    const seen: number[] = [];
    const answer = stack.query(QUERY);
    // The statement is really running, blocked in PostgreSQL, while the gateway waits.
    expect(await eventually(async () => (seen.push(...(await blocked()).map((r) => r.pid)), seen.length > 0))).toBe(true);
    const res = await answer;
    expect(res.data?.municipality ?? null).toBeNull();
    expect(res.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    // Gone from PostgreSQL while the lock is still held: cancelled, not finished.
    expect(await eventually(async () => (await blocked()).length === 0)).toBe(true);
    // Its connection is back in the pool, idle (not left in a transaction).
    const { rows } = await watcher.query<{ state: string }>('SELECT state FROM pg_stat_activity WHERE pid = $1', [seen[0]]);
    expect(rows[0]?.state ?? 'gone').toMatch(/^idle$|^gone$/);
  });

  it('when a client of the subgraph disconnects', async () => {
    const url = stack.subgraphUrls.partners;
    const body = JSON.stringify({ query: QUERY });
    const controller = new AbortController();
    const request = fetch(url, { method: 'POST', headers: signedHeaders(TEST_SECRET, { claims: claims('analyst'), requestId: randomUUID(), operationName: null }, body, url), body, signal: controller.signal });
    expect(await eventually(async () => (await blocked()).length > 0)).toBe(true);
    controller.abort();
    await expect(request).rejects.toThrow();
    expect(await eventually(async () => (await blocked()).length === 0)).toBe(true);
  });

  it("at the subgraph's own deadline, which answers with an error while the lock is still held", async () => {
    const url = withDeadline.url;
    const body = JSON.stringify({ query: QUERY });
    const response = fetch(url, { method: 'POST', headers: signedHeaders(TEST_SECRET, { claims: claims('analyst'), requestId: randomUUID(), operationName: null }, body, url), body });
    // Without the deadline the answer would wait for the lock (held until after this test) or a minute.
    let timer: NodeJS.Timeout | undefined;
    const stillWaiting = new Promise<'still waiting'>((resolve) => (timer = setTimeout(() => resolve('still waiting'), 15_000)));
    const answer = await Promise.race([response.then((r) => r.json() as Promise<{ data?: unknown; errors?: { message: string; extensions: { code: string } }[] }>), stillWaiting]);
    clearTimeout(timer);
    expect(answer).not.toBe('still waiting');
    const { data, errors } = answer as Exclude<typeof answer, string>;
    expect(data ?? null).toMatchObject({ municipality: null });
    expect(errors?.map((e) => [e.extensions.code, e.message])).toEqual([['INTERNAL_SERVER_ERROR', 'Internal server error']]);
    expect(await blocked()).toEqual([]);
  });

  it('and the pool serves the next requests once the lock is gone', async () => {
    await locker.query('ROLLBACK');
    await locker.query('BEGIN');
    // Every connection of the pool (5) was used by a cancelled statement at most once above; ten
    // requests in a row find them all usable.
    for (let i = 0; i < 10; i++) {
      const res = await stack.query(QUERY);
      expect(res).toMatchObject({ data: { municipality: { name: 'Venray' } } });
    }
  });
});
