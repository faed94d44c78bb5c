/**
 * Retries and circuit breakers through the whole stack (gateway/src/resilience.ts): a read whose first
 * connection drops is sent again and answered whole; a mutation is sent once, whatever happens to it; a
 * dead subgraph opens its circuit, which then answers at once with the other subgraphs' data, shows in
 * /ready, and closes when the subgraph is back.
 */
import { readFileSync } from 'node:fs';
import { createGateway } from '../gateway/src/server';
import { breakerStates } from '../gateway/src/resilience';
import { TEST_SECRET } from '@kansrijk/kit/src/testing';
import { CREATE_PLAN } from '../services/budgets/src/__tests__/operations';
import { SUPERGRAPH_FILE } from '../scripts/subgraphs';
import { flakyProxy, type FlakyProxy } from './flaky-proxy';
import { startStack, TEST_JWT_SECRET, type Stack } from './stack';

const LEA_OVERVIEW = `query LeaOverview($code: ID!) {
  municipality(code: $code) { name coalitions { id } budgetPlans(year: 2023) { id } interventions { id } }
}`;

let stack: Stack;
let proxy: FlakyProxy;
let gateway: { url: string; close(): Promise<void> };
let lea: string;
let officer: string;

/** The gateway with budgets behind the proxy; its circuits open after 3 failed attempts in a row. */
async function viaProxy(query: string, variables: Record<string, unknown>, token: string) {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: any[] }) };
}

const ready = async (url: string) => {
  const response = await fetch(url.replace(/\/graphql$/, '/ready'));
  return { http: response.status, ...((await response.json()) as { status: string; subgraphs: Record<string, string> }) };
};

/** A gateway whose budgets calls go through the proxy, with retries and a minute's circuit cool-down. */
function proxiedGateway(circuitFailures: number) {
  return createGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls: { ...stack.subgraphUrls, budgets: proxy.url },
    jwtSecret: TEST_JWT_SECRET,
    subgraphSecret: TEST_SECRET,
    subgraphTimeoutMs: 3000,
    resilience: { retries: 2, backoffMs: 20, circuitFailures, circuitCooldownMs: 60_000 },
  }).listen(0);
}

beforeAll(async () => {
  // The stack's own gateway: a short cool-down, so the circuit test sees it close.
  stack = await startStack({ resilience: { retries: 2, backoffMs: 20, circuitFailures: 3, circuitCooldownMs: 300 } });
  proxy = await flakyProxy(stack.subgraphUrls.budgets);
  // A long cool-down: these tests must not open it (each leaves the circuit closed).
  gateway = await proxiedGateway(3);
  lea = await stack.token('lea');
  officer = await stack.token('officer', { municipalities: ['GM0556'] });
});
afterAll(async () => {
  await gateway?.close();
  await proxy?.close();
  // On the embedded database the files share one database: the plan written here must not stay for the next.
  await stack?.dataSources.budgets.query("DELETE FROM budgets.budget_plan WHERE title LIKE 'Weerbaarheidstest%'");
  await stack?.close();
});
beforeEach(() => {
  proxy.received = [];
  proxy.plan = [];
  proxy.otherwise = 'forward';
});

describe('retries', () => {
  it('sends a read again when its first connection drops, and the answer is whole', async () => {
    proxy.plan = ['drop'];
    const res = await viaProxy(LEA_OVERVIEW, { code: 'GM0556' }, lea);
    expect(res.errors).toBeUndefined();
    expect(res.data.municipality).toMatchObject({ name: 'Maassluis', budgetPlans: [{ id: expect.any(String) }] });
    expect(proxy.received).toEqual(['query', 'query']);
    expect(breakerStates().budgets).toMatchObject({ state: 'closed', consecutiveFailures: 0, retries: expect.any(Number) });
    expect(breakerStates().budgets.retries).toBeGreaterThanOrEqual(1);
  });

  it('sends it again after a 503 and a dropped connection, at most twice, then gives the part up', async () => {
    proxy.plan = [503, 'drop'];
    const whole = await viaProxy(LEA_OVERVIEW, { code: 'GM0556' }, lea);
    expect(whole.errors).toBeUndefined();
    expect(proxy.received).toEqual(['query', 'query', 'query']);

    proxy.received = [];
    proxy.plan = [503, 502];
    proxy.otherwise = 504;
    const partial = await viaProxy(LEA_OVERVIEW, { code: 'GM0556' }, lea);
    expect(proxy.received).toHaveLength(3);
    expect(partial.data.municipality).toMatchObject({ name: 'Maassluis', budgetPlans: null });
    expect(partial.errors?.map((e) => [e.extensions.code, e.message])).toEqual([['INTERNAL_SERVER_ERROR', 'Internal server error']]);
    // Three failures in a row opened budgets' circuit (CIRCUIT_FAILURES 3 here); a success closes it only after the cool-down.
    expect(breakerStates().budgets.state).toBe('open');
  });
});

describe('mutations', () => {
  beforeAll(async () => {
    // The test before left the circuit open with a minute's cool-down: a fresh gateway, same proxy.
    await gateway.close();
    gateway = await proxiedGateway(10);
  });
  const plans = async (title: string) => Number((await stack.dataSources.budgets.query('SELECT count(*) AS n FROM budgets.budget_plan WHERE title = $1', [title]))[0].n);

  it('are sent once when the connection drops: an error, nothing written, no second request', async () => {
    proxy.plan = ['drop'];
    const res = await viaProxy(CREATE_PLAN, { input: { municipalityCode: 'GM0556', year: 2032, title: 'Weerbaarheidstest verbroken' } }, officer);
    expect(res.data?.createBudgetPlan ?? null).toBeNull();
    expect(res.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(proxy.received).toEqual(['mutation']);
    expect(await plans('Weerbaarheidstest verbroken')).toBe(0);
  });

  it('are sent once on a 503 too, and once when all is well', async () => {
    proxy.plan = [503];
    const refused = await viaProxy(CREATE_PLAN, { input: { municipalityCode: 'GM0556', year: 2032, title: 'Weerbaarheidstest 503' } }, officer);
    expect(refused.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(proxy.received).toEqual(['mutation']);

    proxy.received = [];
    const done = await viaProxy(CREATE_PLAN, { input: { municipalityCode: 'GM0556', year: 2032, title: 'Weerbaarheidstest goed' } }, officer);
    expect(done.errors).toBeUndefined();
    expect(done.data.createBudgetPlan).toMatchObject({ title: 'Weerbaarheidstest goed', municipality: { code: 'GM0556' } });
    expect(proxy.received).toEqual(['mutation']);
    expect(await plans('Weerbaarheidstest goed')).toBe(1);
  });
});

describe('the circuit breaker of a dead subgraph', () => {
  it('opens after 3 failed attempts, then answers at once with the other parts; /ready says so; it closes when budgets is back', async () => {
    expect((await ready(stack.gatewayUrl)).subgraphs.budgets).toBe('ready');
    await stack.stopSubgraph('budgets');
    try {
      // The first request makes three attempts (the first and two retries): the circuit opens.
      const first = await stack.query(LEA_OVERVIEW, { code: 'GM0556' }, lea);
      expect(first.data.municipality).toMatchObject({ name: 'Maassluis', budgetPlans: null });
      expect(first.errors?.map((e) => e.extensions.code)).toEqual(['INTERNAL_SERVER_ERROR']);

      const readiness = await ready(stack.gatewayUrl);
      expect(readiness).toMatchObject({ http: 503, status: 'not ready', subgraphs: { budgets: 'circuit open', partners: 'ready', interventions: 'ready', children: 'ready' } });

      // Now answered without trying budgets: its part is SERVICE_UNAVAILABLE, the rest is there.
      const fast = await stack.query(LEA_OVERVIEW, { code: 'GM0556' }, lea);
      expect(fast.status).toBe(200);
      expect(fast.data.municipality).toMatchObject({ name: 'Maassluis', budgetPlans: null, coalitions: expect.any(Array), interventions: expect.any(Array) });
      expect(fast.errors?.map((e) => [e.extensions.code, e.message])).toEqual([['SERVICE_UNAVAILABLE', 'Part of this answer is temporarily unavailable; try again in a moment']]);
      expect(JSON.stringify(fast)).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|budgets/);
    } finally {
      await stack.startSubgraph('budgets');
    }
    // After the cool-down (300 ms here) one trial goes through; its success closes the circuit.
    let whole = false;
    for (let i = 0; i < 100 && !whole; i++) {
      const res = await stack.query(LEA_OVERVIEW, { code: 'GM0556' }, lea);
      whole = !res.errors && res.data.municipality.budgetPlans?.length > 0;
      if (!whole) await new Promise((r) => setTimeout(r, 50));
    }
    expect(whole).toBe(true);
    expect(await ready(stack.gatewayUrl)).toMatchObject({ http: 200, status: 'ready', subgraphs: { budgets: 'ready' } });
  });
});
