/**
 * SIGTERM drains: the gateway process stops accepting, finishes the request in flight, then exits 0.
 * And in production it refuses to start with a demo or missing secret.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../scripts/embedded-postgres';
import { startStack, TEST_JWT_SECRET, type Stack } from './stack';

const ROOT = join(__dirname, '..');
const GATEWAY = join(ROOT, 'gateway', 'src', 'index.ts');

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

function gatewayEnv(port: number, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), JWT_SECRET: TEST_JWT_SECRET, SUBGRAPH_SECRET: 'test-subgraph-secret', LOG_LEVEL: 'warn', ...extra };
  for (const [name, url] of Object.entries(stack.subgraphUrls)) env[`${name.toUpperCase()}_URL`] = url;
  delete env.NODE_ENV;
  return { ...env, ...extra };
}

async function waitFor(url: string) {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}

describe('the gateway process', () => {
  it('finishes the request in flight on SIGTERM, then exits 0', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', GATEWAY], { cwd: ROOT, env: gatewayEnv(port), stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await waitFor(`http://127.0.0.1:${port}/health`);
    stack.setDelay('partners', 1000);
    const token = await stack.token('analyst');
    const inFlight = fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ municipality(code: "GM0984") { name } }' }),
    }).then((r) => r.json());
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGTERM');
    expect(await inFlight).toEqual({ data: { municipality: { name: 'Venray' } } });
    expect(await exited).toBe(0);
    stack.setDelay('partners', 0);
  }, 60_000);

  it("logs every request with the request id the client sees, and forwards it to the subgraphs", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', GATEWAY], { cwd: ROOT, env: gatewayEnv(port, { LOG_LEVEL: 'info' }), stdio: ['ignore', 'ignore', 'pipe'] });
    let logs = '';
    child.stderr!.on('data', (chunk) => (logs += String(chunk)));
    try {
      await waitFor(`http://127.0.0.1:${port}/health`);
      const token = await stack.token('partner', { organisations: ['kinderopvang-t-nest'] });
      const ask = (query: string) =>
        fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query }),
        });
      const bad = await ask('{ municipality(code: "nope") { name } }');
      const { errors } = (await bad.json()) as { errors: { extensions: { requestId: string } }[] };
      const requestId = errors[0].extensions.requestId;
      expect(bad.headers.get('x-request-id')).toBe(requestId);

      const read = await ask('query Placements { organisation(id: "kinderopvang-t-nest") { placements { id } } }');
      const readId = read.headers.get('x-request-id');
      const [audit] = await stack.dataSources.children.query('SELECT request_id FROM children.audit_log ORDER BY id DESC LIMIT 1');
      expect(audit.request_id).toBe(readId);

      await new Promise((r) => setTimeout(r, 200));
      const lines = logs.split('\n').filter(Boolean).map((l) => JSON.parse(l));
      expect(lines.some((l) => l.requestId === requestId && l.msg === 'graphql request')).toBe(true);
      expect(lines.some((l) => l.requestId === readId && l.operation === 'Placements')).toBe(true);
      expect(logs).not.toMatch(/Bearer|eyJ/);
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);

  // JWT_ISSUER and JWT_AUDIENCE are required in production; each case has them unless it is about them.
  const BOUND = { JWT_ISSUER: 'https://login.example-gemeente.nl/', JWT_AUDIENCE: 'kansrijk' };
  it.each([
    ['a missing JWT_SECRET', { JWT_SECRET: '' }, 'JWT_SECRET: set JWT_SECRET (HS256) or JWKS_URL (RS256)'],
    ['a short secret', { JWT_SECRET: 'short' }, 'JWT_SECRET: must be set to at least 32 characters in production'],
    ['a demo-looking secret', { JWT_SECRET: 'demo-secret-demo-secret-demo-secret-1234' }, 'JWT_SECRET: looks like a demo or test secret; refusing to start in production'],
    ['a demo token', { JWT_SECRET: 'x'.repeat(40), SUBGRAPH_SECRET: 'y'.repeat(40), DEMO_TOKEN: 'abc' }, 'DEMO_TOKEN: must not be set in production'],
  ])('refuses to start in production with %s, naming the variable', async (_name, extra, line) => {
    const result = failedStart(GATEWAY, { ...gatewayEnv(await freePort()), SUBGRAPH_SECRET: 'z'.repeat(40), ...BOUND, ...extra, NODE_ENV: 'production' });
    expect(result).toEqual({ status: 2, lines: ['gateway: the configuration is not valid:', `  ${line}`] });
  });

  it('refuses to start in production without JWT_ISSUER and JWT_AUDIENCE, naming both', async () => {
    const result = failedStart(GATEWAY, { ...gatewayEnv(await freePort()), JWT_SECRET: 'x'.repeat(40), SUBGRAPH_SECRET: 'z'.repeat(40), NODE_ENV: 'production' });
    expect(result).toEqual({
      status: 2,
      lines: [
        'gateway: the configuration is not valid:',
        "  JWT_ISSUER: must be set in production (every token's iss must match it)",
        "  JWT_AUDIENCE: must be set in production (every token's aud must match it)",
      ],
    });
    const onlyIssuer = failedStart(GATEWAY, { ...gatewayEnv(await freePort()), JWT_SECRET: 'x'.repeat(40), SUBGRAPH_SECRET: 'z'.repeat(40), JWT_ISSUER: BOUND.JWT_ISSUER, NODE_ENV: 'production' });
    expect(onlyIssuer.lines.slice(1)).toEqual(["  JWT_AUDIENCE: must be set in production (every token's aud must match it)"]);
  });

  it('refuses a headers timeout longer than the request timeout, and a maximum token lifetime under a minute', async () => {
    const result = failedStart(GATEWAY, { ...gatewayEnv(await freePort()), HEADERS_TIMEOUT_MS: '5000', REQUEST_TIMEOUT_MS: '1000', JWT_MAX_LIFETIME_SECONDS: '10' });
    expect(result).toEqual({
      status: 2,
      lines: ['gateway: the configuration is not valid:', '  JWT_MAX_LIFETIME_SECONDS: must be at least 60'],
    });
    const timeouts = failedStart(GATEWAY, { ...gatewayEnv(await freePort()), HEADERS_TIMEOUT_MS: '5000', REQUEST_TIMEOUT_MS: '1000' });
    expect(timeouts.lines).toEqual(['gateway: the configuration is not valid:', '  HEADERS_TIMEOUT_MS: must not be longer than REQUEST_TIMEOUT_MS']);
  });

  it('names every bad variable at once, and never prints a value', async () => {
    const result = failedStart(GATEWAY, { ...gatewayEnv(await freePort()), PORT: 'eighty', MAX_DEPTH: '0', PARTNERS_URL: 'ftp://gateway:hunter2@partners' });
    expect(result).toEqual({
      status: 2,
      lines: ['gateway: the configuration is not valid:', '  PORT: must be a whole number', '  MAX_DEPTH: must be at least 1', '  PARTNERS_URL: must be a http or https URL'],
    });
  });
});

describe('a subgraph process', () => {
  it('refuses to start with a bad or missing variable, one line each, exit code 2', () => {
    const result = failedStart(join(ROOT, 'services', 'children', 'src', 'index.ts'), {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: 'mysql://kansrijk:hunter2@db/kansrijk',
      PORT: '70000',
      RUN_MIGRATIONS: 'maybe',
      FIGURES_REFRESH_DELAY_SECONDS: '-1',
      INTERVENTIONS_URL: 'not a url',
    });
    expect(result).toEqual({
      status: 2,
      lines: [
        'children: the configuration is not valid:',
        '  DATABASE_URL: must be a postgres or postgresql URL',
        '  SUBGRAPH_SECRET: must be set',
        '  PORT: must be at most 65535',
        '  RUN_MIGRATIONS: must be true or false (1/0, yes/no)',
        '  FIGURES_REFRESH_DELAY_SECONDS: must be at least 0',
        '  INTERVENTIONS_URL: must be a http or https URL',
      ],
    });
  });
});

/** Starts a process that must refuse its configuration: its exit code and the lines it wrote on stderr. */
function failedStart(entry: string, env: NodeJS.ProcessEnv): { status: number | null; lines: string[] } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', entry], { cwd: ROOT, env, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, lines: result.stderr.trim().split('\n') };
}
