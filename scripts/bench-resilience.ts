/**
 * `npm run bench:resilience`: what the gateway's resilience costs and saves, through the whole stack in
 * this process. Prints figures; asserts nothing (the tests do: test/resilience.test.ts,
 * test/cancel-on-abort.test.ts).
 *
 * - a read whose first connection is dropped (retried) against one that is not;
 * - a stalled subgraph: each request waits SUBGRAPH_TIMEOUT_MS until the circuit opens, then answers at once;
 * - on a PostgreSQL server (DATABASE_URL), how long a blocked statement outlives the gateway giving up.
 *
 *   npm run bench:resilience
 *   DATABASE_URL=postgres://... npm run bench:resilience -- --runs 50
 */
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { TEST_SECRET } from '@kansrijk/kit/src/testing';
import { createGateway } from '../gateway/src/server';
import { flakyProxy } from '../test/flaky-proxy';
import { startStack, TEST_JWT_SECRET } from '../test/stack';
import { startEmbeddedPostgres } from './embedded-postgres';
import { SUPERGRAPH_FILE } from './subgraphs';

const QUERY = `query LeaOverview($code: ID!) { municipality(code: $code) { name coalitions { id } budgetPlans(year: 2023) { id } interventions { id } } }`;
const TIMEOUT_MS = 1000;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main() {
  process.env.LOG_LEVEL ??= 'silent';
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 20;
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres();
  const databaseUrl = process.env.DATABASE_URL || embedded!.url;
  process.stdout.write(`database: ${embedded ? 'embedded PGlite' : 'DATABASE_URL'}; SUBGRAPH_TIMEOUT_MS ${TIMEOUT_MS}; ${runs} runs\n`);
  const stack = await startStack({ databaseUrl, subgraphTimeoutMs: TIMEOUT_MS, statementTimeoutMs: 60_000, resilience: { circuitFailures: 5, circuitCooldownMs: 600_000 } });
  const proxy = await flakyProxy(stack.subgraphUrls.budgets);
  const viaProxy = await createGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls: { ...stack.subgraphUrls, budgets: proxy.url },
    jwtSecret: TEST_JWT_SECRET,
    subgraphSecret: TEST_SECRET,
    subgraphTimeoutMs: TIMEOUT_MS,
    resilience: { circuitFailures: 1000 },
  }).listen(0);
  const token = await stack.token('lea');
  const ask = async (url: string) => {
    const started = performance.now();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: QUERY, variables: { code: 'GM0556' } }) });
    const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
    return { ms: performance.now() - started, codes: body.errors?.map((e) => e.extensions.code) ?? [] };
  };
  try {
    for (let i = 0; i < 3; i++) await ask(viaProxy.url);
    const plain: number[] = [];
    const retried: number[] = [];
    let whole = 0;
    for (let i = 0; i < runs; i++) {
      plain.push((await ask(viaProxy.url)).ms);
      proxy.plan = ['drop'];
      const answer = await ask(viaProxy.url);
      retried.push(answer.ms);
      if (!answer.codes.length) whole++;
    }
    process.stdout.write(`read, budgets behind a proxy: median ${median(plain).toFixed(1)} ms; first connection dropped and retried: median ${median(retried).toFixed(1)} ms, ${whole}/${runs} answered whole\n`);

    stack.setDelay('budgets', 30_000);
    const stalled: { ms: number; codes: string[] }[] = [];
    for (let i = 0; i < 10; i++) stalled.push(await ask(stack.gatewayUrl));
    stack.setDelay('budgets', 0);
    const before = stalled.filter((s) => s.codes.includes('INTERNAL_SERVER_ERROR'));
    const open = stalled.filter((s) => s.codes.includes('SERVICE_UNAVAILABLE'));
    process.stdout.write(
      `budgets stalled: ${before.length} answers waited for the timeout (median ${median(before.map((s) => s.ms)).toFixed(0)} ms), ` +
        `then the circuit opened: ${open.length} answered with the other parts at once (median ${median(open.map((s) => s.ms)).toFixed(1)} ms)\n`,
    );

    if (!embedded) await blockedStatement(stack.gatewayUrl, databaseUrl, token);
  } finally {
    await viaProxy.close();
    await proxy.close();
    await stack.close();
    await embedded?.stop();
  }
}

/** A SELECT blocked by a lock: how long after the gateway's answer it is gone from pg_stat_activity. */
async function blockedStatement(gatewayUrl: string, databaseUrl: string, token: string) {
  const locker = new Client({ connectionString: databaseUrl });
  const watcher = new Client({ connectionString: databaseUrl });
  await locker.connect();
  await watcher.connect();
  const blocked = async () =>
    Number(
      (await watcher.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'kansrijk-partners' AND state = 'active' AND wait_event_type = 'Lock'`)).rows[0].n,
    );
  try {
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE partners.municipality IN ACCESS EXCLUSIVE MODE');
    await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ municipality(code: "GM0984") { name } }' }) });
    const answered = performance.now();
    let n = await blocked();
    while (n > 0 && performance.now() - answered < 10_000) n = await blocked();
    process.stdout.write(`a statement blocked by a lock: ${n === 0 ? `gone from pg_stat_activity ${(performance.now() - answered).toFixed(1)} ms after the gateway gave up` : 'still there 10 s after the gateway gave up'} (statement timeout 60 s)\n`);
  } finally {
    await locker.query('ROLLBACK');
    await locker.end();
    await watcher.end();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
