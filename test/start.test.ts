/**
 * `npm start` as a user meets it: no configuration, embedded PostgreSQL, demo data, four subgraphs and
 * the gateway in their own processes; a printed token that works; a killed subgraph comes back while the
 * rest answers; one log line per request; Ctrl-C stops every process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import { lockPath } from '../scripts/data-dir-lock';
import { freePort } from '../scripts/embedded-postgres';
import { parsePrometheusText, valueOf } from './prometheus-text';

const ROOT = join(__dirname, '..');

async function listening(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/health`);
    return true;
  } catch {
    return false;
  }
}

function tcpOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

interface Answer {
  data: { municipality: { name: string; coalitions: { id: string }[]; earlyEducation: unknown } };
  errors?: unknown[];
}

async function poll(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not met within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('npm start', () => {
  let child: ChildProcess;
  let output = '';
  const dataDir = mkdtempSync(join(tmpdir(), 'kansrijk-start-'));
  const ports: Record<string, number> = {};

  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs the stack on an embedded PostgreSQL, restarts a killed subgraph, and stops it all on Ctrl-C', async () => {
    for (const name of ['PORT', 'PARTNERS_PORT', 'CHILDREN_PORT', 'BUDGETS_PORT', 'INTERVENTIONS_PORT', 'PGLITE_PORT']) ports[name] = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, KANSRIJK_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    for (const [name, port] of Object.entries(ports)) env[name] = String(port);
    for (const name of ['DATABASE_URL', 'JWT_SECRET', 'SUBGRAPH_SECRET', 'TEST_DATABASE_URL', 'NODE_ENV']) delete env[name];

    child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'start.ts')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (chunk) => (output += String(chunk)));
    child.stderr!.on('data', (chunk) => (output += String(chunk)));

    const deadline = Date.now() + 240_000;
    while (!output.includes('Kansrijk is running') && Date.now() < deadline && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(output).toContain('Kansrijk is running');
    expect(output).toContain(`http://localhost:${ports.PORT}/`);

    const token = /export TOKEN=(\S+)/.exec(output)![1];
    const ask = async () => {
      const response = await fetch(`http://127.0.0.1:${ports.PORT}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: 'query Venray { municipality(code: "GM0984") { name coalitions { id } earlyEducation(year: 2023) { indicated { label } } } }' }),
      });
      return (await response.json()) as Answer;
    };
    const json = await ask();
    expect(json.data.municipality.name).toBe('Venray');
    expect(json.data.municipality.coalitions.map((c) => c.id)).toContain('venray-brukske');
    expect(json.data.municipality.earlyEducation).not.toBeNull();
    // One info line per request from the gateway, even with LOG_LEVEL=warn for the subgraphs.
    // Polled: the line travels through start.ts's stderr and may arrive after the answer.
    const findLine = () => output.split('\n').find((line) => line.includes('"graphql request"') && line.includes('"Venray"'));
    await poll(() => !!findLine(), 20_000);
    const requestLine = findLine();
    expect(JSON.parse(requestLine!)).toMatchObject({ level: 30, name: 'gateway', operation: 'Venray', status: 200, requestId: expect.any(String), ms: expect.any(Number) });

    // Where the metrics are is printed, and they are there: the request above, the children's pool.
    expect(output).toContain(`http://localhost:${ports.PORT}/metrics (gateway)`);
    expect(output).toContain(`http://localhost:${ports.CHILDREN_PORT}/metrics (children)`);
    const scrape = async (port: number) => parsePrometheusText(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text());
    expect(valueOf(await scrape(ports.PORT), 'kansrijk_gateway_requests_total', { operation: 'Venray' })).toBe(1);
    expect(valueOf(await scrape(ports.CHILDREN_PORT), 'kansrijk_db_pool_connections', { subgraph: 'children' })).toBeGreaterThanOrEqual(1);

    // A killed subgraph is named with its signal and restarted; meanwhile the others' fields still come.
    const pid = Number(/children started \(pid (\d+)\)/.exec(output)![1]);
    process.kill(pid, 'SIGKILL');
    await poll(() => output.includes('children stopped (signal SIGKILL); restarting it in 0.5 s.'), 20_000);
    const partial = await ask();
    expect(partial.data.municipality).toMatchObject({ name: 'Venray', earlyEducation: null });
    expect(partial.data.municipality.coalitions.map((c) => c.id)).toContain('venray-brukske');
    expect(partial.errors?.length).toBeGreaterThan(0);
    let again: Answer | null = null;
    await poll(async () => {
      again = await ask();
      return !again.errors && again.data.municipality.earlyEducation !== null;
    }, 120_000);
    expect(output.match(/children started \(pid \d+\)/g)).toHaveLength(2);
    expect(child.exitCode).toBeNull();

    const page = await (await fetch(`http://127.0.0.1:${ports.PORT}/`)).text();
    expect(page).toContain(token);
    // Each explorer tab carries a token of its demo role, minted by the gateway with the stack's secret.
    const explorer = JSON.parse(/<script id="explorer-config" type="application\/json">(.*?)<\/script>/s.exec(page)![1]);
    const first = explorer.tabs[0];
    const run = await fetch(`http://127.0.0.1:${ports.PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...JSON.parse(first.headers) },
      body: JSON.stringify({ query: first.query, variables: JSON.parse(first.variables) }),
    });
    expect(((await run.json()) as Answer).data.municipality.name).toBe('Venray');
    // The dashboard too (built by npm start when missing or stale) opens signed in with the demo token.
    expect(output).toContain(`http://localhost:${ports.PORT}/dashboard/`);
    const dashboard = await fetch(`http://127.0.0.1:${ports.PORT}/dashboard/`);
    expect(dashboard.status).toBe(200);
    expect(await dashboard.text()).toContain(token);
    // The embedded database is registered for the tasks (test/data-dir-lock.test.ts), and unregistered on stop.
    const lock = lockPath(join(dataDir, 'pglite'));
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({ owner: 'npm start', port: ports.PGLITE_PORT, state: 'ready' });

    child.kill('SIGINT');
    await new Promise<void>((resolve) => child.once('exit', () => resolve()));
    expect(output).toContain('Stopped.');
    for (const name of ['PORT', 'PARTNERS_PORT', 'CHILDREN_PORT', 'BUDGETS_PORT', 'INTERVENTIONS_PORT']) {
      expect(await listening(ports[name])).toBe(false);
    }
    expect(await tcpOpen(ports.PGLITE_PORT)).toBe(false);
    expect(existsSync(lock)).toBe(false);
  }, 300_000);
});
