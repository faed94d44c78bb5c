/**
 * Faults under concurrent load (bounded in count and time, loopback only): a subgraph that dies and
 * comes back, a subgraph that is slow, and a database that restarts. The gateway keeps answering
 * with what the healthy parts can give, masks the rest, and recovers. Each test prints what was sent
 * and what came back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_SECRET, testDatabaseUrl } from '@kansrijk/kit/src/testing';
import { createGateway } from '../gateway/src/server';
import { freePort, startEmbeddedPostgres, type EmbeddedPostgres } from '../scripts/embedded-postgres';
import { ROOT, SUPERGRAPH_FILE } from '../scripts/subgraphs';
import { startStack, TEST_JWT_SECRET, type Stack } from './stack';

const QUERY = `query LeaOverview($code: ID!) {
  municipality(code: $code) {
    name
    coalitions { id }
    budgetPlans(year: 2023) { id }
    interventions { id }
  }
}`;

interface Tally {
  sent: number;
  complete: number;
  partial: number;
  failed: number;
  leaks: number;
  latencies: number[];
}

const emptyTally = (): Tally => ({ sent: 0, complete: 0, partial: 0, failed: 0, leaks: 0, latencies: [] });

/** `workers` clients send LeaOverview back to back until `until()` says stop; `tally` may be watched while it runs. */
async function load(stack: Stack, token: string, workers: number, until: () => boolean, code = 'GM0556', tally = emptyTally()): Promise<Tally> {
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (!until()) {
        tally.sent++;
        const started = Date.now();
        try {
          const res = await stack.query(QUERY, { code }, token);
          tally.latencies.push(Date.now() - started);
          const text = JSON.stringify(res);
          if (/127\.0\.0\.1|localhost|ECONNREFUSED|stack|at \w+ \(/.test(text)) tally.leaks++;
          if (!res.errors && res.data?.municipality) tally.complete++;
          else if (res.data?.municipality?.name) tally.partial++;
          else tally.failed++;
        } catch {
          tally.failed++;
        }
      }
    }),
  );
  return tally;
}

const report = (label: string, t: Tally) => {
  const sorted = [...t.latencies].sort((a, b) => a - b);
  const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
   
  console.log(`${label}: sent ${t.sent}, complete ${t.complete}, partial ${t.partial}, failed ${t.failed}, leaks ${t.leaks}, p95 ${p95} ms`);
};

interface Writes {
  sent: string[];
  acknowledged: string[];
  refused: number;
  leaks: number;
}

const CREATE = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;

/** One client adds organisations named `prefix-N` back to back until `until()` says stop. */
async function write(stack: Stack, token: string, prefix: string, until: () => boolean, writes: Writes): Promise<void> {
  while (!until()) {
    const name = `${prefix} ${writes.sent.length + 1}`;
    writes.sent.push(name);
    try {
      const res = await stack.query(CREATE, { input: { name, kind: 'COMMUNITY_CENTRE', municipalities: ['GM0556'] } }, token);
      if (/127\.0\.0\.1|localhost|ECONNREFUSED|stack|at \w+ \(/.test(JSON.stringify(res))) writes.leaks++;
      if (res.data?.createOrganisation?.id) writes.acknowledged.push(name);
      else writes.refused++;
    } catch {
      writes.refused++;
    }
  }
}

/**
 * Waits (bounded) until LeaOverview is answered whole again: after a subgraph is back its circuit
 * stays open for the cool-down, then one trial request closes it. Returns how long that took.
 */
async function untilWhole(stack: Stack, token: string): Promise<number> {
  const started = Date.now();
  for (let i = 0; i < 200; i++) {
    const res = await stack.query(QUERY, { code: 'GM0556' }, token);
    if (!res.errors) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('LeaOverview was not answered whole again within ten seconds');
}

const seconds = (s: number) => {
  const end = Date.now() + s * 1000;
  return () => Date.now() > end;
};

describe('a subgraph down or slow', () => {
  let stack: Stack;
  let token: string;

  beforeAll(async () => {
    // A short cool-down of the circuits (default 5 s), so the recovery below is quick.
    stack = await startStack({ subgraphTimeoutMs: 800, resilience: { circuitCooldownMs: 500 } });
    token = await stack.token('lea');
  });
  afterAll(() => stack?.close());

  it('keeps answering the healthy fields while budgets is down, and recovers when it is back', async () => {
    const before = await load(stack, token, 4, seconds(1));
    await stack.stopSubgraph('budgets');
    const down = await load(stack, token, 4, seconds(1.5));
    const sample = await stack.query(QUERY, { code: 'GM0556' }, token);
    await stack.startSubgraph('budgets');
    const recovery = await untilWhole(stack, token);
    const after = await load(stack, token, 4, seconds(1));
    report('before', before);
    report('budgets down', down);
    console.log(`budgets answered again ${recovery} ms after its restart (circuit cool-down 500 ms)`);
    report('budgets back', after);

    expect(before.complete).toBe(before.sent);
    expect(down.partial).toBe(down.sent);
    expect(down.leaks).toBe(0);
    expect(sample.data.municipality).toMatchObject({ name: 'Maassluis', budgetPlans: null });
    expect(sample.data.municipality.coalitions).toBeDefined();
    // By then budgets' circuit is open (five failed attempts in a row): its part is answered at once.
    expect(sample.errors?.map((e: any) => e.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(sample.errors?.[0].message).toBe('Part of this answer is temporarily unavailable; try again in a moment');
    expect(after.complete).toBe(after.sent);
  });

  it('gives up on a slow subgraph after its timeout while the others keep their latency', async () => {
    stack.setDelay('children', 3000);
    let slowAnswer: any;
    const slow = (async () => {
      const started = Date.now();
      slowAnswer = await stack.query('{ municipality(code: "GM0984") { name earlyEducation(year: 2023) { placed { label } } } }', {}, token);
      return Date.now() - started;
    })();
    const others = await load(stack, token, 4, seconds(1));
    const slowMs = await slow;
    stack.setDelay('children', 0);
    report('while children is slow', others);
     
    console.log(`query on the slow subgraph answered after ${slowMs} ms`);

    expect(slowMs).toBeLessThan(2500);
    expect(slowAnswer.data.municipality).toEqual({ name: 'Venray', earlyEducation: null });
    expect(slowAnswer.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(others.complete).toBe(others.sent);
    // None of them waited on the slow subgraph (its delay is 3 s); a tighter bound would time the
    // machine, not the gateway (the p95 above is the figure).
    expect(Math.max(...others.latencies)).toBeLessThan(3000);
  });
});

describe('a subgraph process killed mid-load', () => {
  let stack: Stack;
  let gateway: { url: string; close(): Promise<void> };
  let budgets: ChildProcess | null = null;
  let port: number;

  /** The budgets subgraph as its own process, as `npm start` and the containers run it. */
  async function startBudgets(): Promise<void> {
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATABASE_URL: testDatabaseUrl(), SUBGRAPH_SECRET: TEST_SECRET, LOG_LEVEL: 'silent' };
    budgets = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'services', 'budgets', 'src', 'index.ts')], { cwd: ROOT, env, stdio: 'ignore' });
    for (let i = 0; i < 240; i++) {
      if (await fetch(`http://127.0.0.1:${port}/ready`).then((r) => r.ok).catch(() => false)) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error('the budgets process did not become ready');
  }

  beforeAll(async () => {
    stack = await startStack();
    port = await freePort();
    await startBudgets();
    gateway = await createGateway({
      supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
      subgraphUrls: { ...stack.subgraphUrls, budgets: `http://127.0.0.1:${port}/graphql` },
      jwtSecret: TEST_JWT_SECRET,
      subgraphSecret: TEST_SECRET,
      subgraphTimeoutMs: 2000,
      resilience: { circuitCooldownMs: 500 },
    }).listen(0);
  }, 120_000);
  afterAll(async () => {
    budgets?.kill('SIGKILL');
    await gateway?.close();
    await stack?.close();
  });

  it('keeps the healthy fields coming while budgets is SIGKILLed under load, and recovers when it is restarted', async () => {
    const token = await stack.token('lea');
    const viaGateway: Stack = { ...stack, query: async (query, variables = {}, bearer) => {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    } };
    // Killed while 4 clients are mid-request: no drain, no goodbye, sockets reset. The kill waits
    // for the first whole answers (a fixed 700 ms raced a busy CI machine, where none had come back
    // yet), and the load goes on for 1.3 s after it.
    const during = emptyTally();
    let killedAt = 0;
    await Promise.all([
      load(viaGateway, token, 4, () => killedAt > 0 && Date.now() > killedAt + 1300, 'GM0556', during),
      (async () => {
        const deadline = Date.now() + 60_000;
        while (during.complete < 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
        budgets!.kill('SIGKILL');
        killedAt = Date.now();
      })(),
    ]);
    const down = await load(viaGateway, token, 4, seconds(1));
    await startBudgets();
    await untilWhole(viaGateway, token);
    const after = await load(viaGateway, token, 4, seconds(1));
    report('budgets killed mid-load', during);
    report('budgets dead', down);
    report('budgets restarted', after);

    // Every request got an answer: whole before the kill, partial (Venray's other fields) after it.
    expect(during.failed).toBe(0);
    expect(during.complete).toBeGreaterThan(0);
    expect(during.partial).toBeGreaterThan(0);
    expect(down.partial).toBe(down.sent);
    expect(during.leaks + down.leaks).toBe(0);
    expect(after.complete).toBe(after.sent);
  }, 120_000);
});

describe('the database restarts', () => {
  let db: EmbeddedPostgres;
  let stack: Stack;
  let token: string;
  const dataDir = mkdtempSync(join(tmpdir(), 'kansrijk-faults-'));

  beforeAll(async () => {
    db = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    // What this test reads and writes lives in partners, budgets and interventions; the children's
    // figures (the longest part of a full seed) are not needed to see the database come back.
    stack = await startStack({ databaseUrl: db.url, seed: ['partners', 'budgets', 'interventions'] });
    token = await stack.token('lea');
  }, 180_000);
  afterAll(async () => {
    await stack?.close();
    await db?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('survives PostgreSQL going away and serves again once it is back, losing no acknowledged write', async () => {
    const admin = await stack.token('admin');
    const writes: Writes = { sent: [], acknowledged: [], refused: 0, leaks: 0 };
    const prefix = 'Storingstest buurthuis';
    const phase = async (s: number, readers: number) => {
      const until = seconds(s);
      const [tally] = await Promise.all([load(stack, token, readers, until), write(stack, admin, prefix, until, writes)]);
      return tally;
    };
    const before = await phase(1, 3);
    const ackedBefore = writes.acknowledged.length;
    await db.stop();
    const down = await phase(1, 3);
    const ackedDown = writes.acknowledged.length - ackedBefore;
    db = await startEmbeddedPostgres({ dataDir, port: db.port });
    // Pools drop broken connections and open new ones on demand; give them a moment.
    let recovered = false;
    for (let i = 0; i < 40 && !recovered; i++) {
      const res = await stack.query(QUERY, { code: 'GM0556' }, token);
      recovered = !res.errors;
      if (!recovered) await new Promise((r) => setTimeout(r, 250));
    }
    const after = await phase(1, 3);
    report('database up', before);
    report('database down', down);
    report('database back', after);
    const stored: string[] = (
      await stack.dataSources.partners.query(`SELECT name FROM partners.organisation WHERE name LIKE $1`, [`${prefix} %`])
    ).map((r: { name: string }) => r.name);
    const lost = writes.acknowledged.filter((name) => !stored.includes(name));
     
    console.log(
      `writes: sent ${writes.sent.length}, acknowledged ${writes.acknowledged.length} (${ackedDown} while down), ` +
        `refused ${writes.refused}, stored ${stored.length}, lost ${lost.length}, leaks ${writes.leaks}`,
    );

    expect(before.complete).toBe(before.sent);
    expect(down.complete).toBe(0);
    expect(down.leaks).toBe(0);
    expect(recovered).toBe(true);
    expect(after.complete).toBe(after.sent);
    // Every acknowledged write is stored; nothing is stored that was not sent; while the database was
    // down writes were refused (with no leak), not half-done.
    expect(writes.acknowledged.length).toBeGreaterThan(0);
    expect(lost).toEqual([]);
    expect(stored.every((name) => writes.sent.includes(name))).toBe(true);
    expect(ackedDown).toBe(0);
    expect(writes.leaks).toBe(0);
  }, 120_000);
});
