/**
 * OpenTelemetry traces through the real stack: the four subgraphs and the gateway in their own
 * processes (as in production: each process has its own global tracer provider), exporting OTLP/HTTP
 * JSON to a receiver in this test. One contract operation must leave one trace, from the gateway's
 * spans through each subgraph's server span down to its SQL statements, every span labelled with the
 * request id the client saw, and no variable, token or secret anywhere in what was exported. Without
 * OTEL_* nothing of the SDK is loaded and `pg` is not wrapped.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { SUBGRAPHS, urlVariable } from '@kansrijk/domain';
import { TEST_SECRET, testDatabaseUrl } from '@kansrijk/kit/src/testing';
import { freePort } from '../scripts/embedded-postgres';
import { signToken } from '../gateway/src/tokens';
import { operation, TEST_JWT_SECRET } from './stack';

const ROOT = join(__dirname, '..');

/** The inherited environment without any OTEL_* of the machine, so each case sets exactly its own. */
function baseEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
  for (const name of Object.keys(env)) if (name.startsWith('OTEL_')) delete env[name];
  delete env.NODE_ENV;
  return { ...env, ...extra };
}

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
  doubleValue?: number;
  arrayValue?: { values: OtlpValue[] };
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: { key: string; value: OtlpValue }[];
}
interface Span {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
}

const valueOf = (v: OtlpValue): unknown =>
  v.stringValue ?? (v.intValue !== undefined ? Number(v.intValue) : undefined) ?? v.boolValue ?? v.doubleValue ?? v.arrayValue?.values.map(valueOf);

/** A collector as far as the exporter can tell: POST /v1/traces with OTLP JSON, answered 200. */
function otlpReceiver() {
  const bodies: string[] = [];
  const spans: Span[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (req.method === 'POST' && req.url === '/v1/traces') {
        bodies.push(body);
        const parsed = JSON.parse(body) as { resourceSpans: { resource: { attributes: { key: string; value: OtlpValue }[] }; scopeSpans: { spans: OtlpSpan[] }[] }[] };
        for (const rs of parsed.resourceSpans) {
          const service = String(valueOf(rs.resource.attributes.find((a) => a.key === 'service.name')!.value));
          for (const ss of rs.scopeSpans)
            for (const s of ss.spans)
              spans.push({ service, traceId: s.traceId, spanId: s.spanId, parentSpanId: s.parentSpanId || undefined, name: s.name, kind: s.kind, attributes: Object.fromEntries((s.attributes ?? []).map((a) => [a.key, valueOf(a.value)])) });
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
  });
  return { server, bodies, spans };
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const healthy = (port: number) => async () => {
  try {
    return (await fetch(`http://127.0.0.1:${port}/health`)).ok;
  } catch {
    return false;
  }
};

describe('traces through the stack', () => {
  const receiver = otlpReceiver();
  const children: ChildProcess[] = [];
  let gatewayPort = 0;
  let output = '';
  let otel: Record<string, string> = {};
  let urls: Record<string, string> = {};

  beforeAll(async () => {
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    otel = {
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}`,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      // Export within a tenth of a second, so the test need not wait the default five.
      OTEL_BSP_SCHEDULE_DELAY: '100',
    };
    const ports = Object.fromEntries(await Promise.all(SUBGRAPHS.map(async ({ name }) => [name, await freePort()] as const)));
    urls = Object.fromEntries(SUBGRAPHS.map(({ name }) => [urlVariable(name), `http://127.0.0.1:${ports[name]}/graphql`]));
    // One at a time, each up before the next: five processes compiling at once would starve the test
    // files running beside this one of CPU.
    const start = async (entry: string, port: number, env: NodeJS.ProcessEnv) => {
      const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
      child.stderr!.on('data', (chunk) => (output += String(chunk)));
      children.push(child);
      await waitFor(healthy(port), `${entry} (${output.slice(-2000)})`, 100_000);
    };
    // Small pools: these processes share the test server's connections with the other files running.
    for (const { name } of SUBGRAPHS) {
      await start(join(ROOT, 'services', name, 'src', 'index.ts'), ports[name], baseEnv({ ...otel, ...urls, PORT: String(ports[name]), DATABASE_URL: testDatabaseUrl(), SUBGRAPH_SECRET: TEST_SECRET, DB_POOL_SIZE: '2' }));
    }
    gatewayPort = await freePort();
    await start(join(ROOT, 'gateway', 'src', 'index.ts'), gatewayPort, baseEnv({ ...otel, ...urls, PORT: String(gatewayPort), JWT_SECRET: TEST_JWT_SECRET, SUBGRAPH_SECRET: TEST_SECRET }));
  }, 300_000);

  /** Interventions the write test created: removed again, as on the embedded database the files share one database. */
  const written: string[] = [];

  afterAll(async () => {
    await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve).kill('SIGTERM')) : null)));
    await new Promise((resolve) => receiver.server.close(resolve));
    if (written.length) {
      const db = new Client({ connectionString: testDatabaseUrl() });
      await db.connect();
      try {
        for (const table of ['intervention_theme', 'intervention_organisation', 'reach_figure']) await db.query(`DELETE FROM interventions.${table} WHERE intervention_id = ANY($1)`, [written]);
        await db.query('DELETE FROM interventions.intervention WHERE id = ANY($1)', [written]);
      } finally {
        await db.end();
      }
    }
  });

  it('joins the gateway, every subgraph and their SQL statements in one trace, labelled with the request id', async () => {
    const token = await signToken({ sub: 'trace-test', roles: ['analyst'], municipalities: [], organisations: [] }, { secret: TEST_JWT_SECRET });
    const variables = { code: 'GM0984', year: 2023 };
    const response = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: operation('lea-overview.graphql'), variables, operationName: 'LeaOverview' }),
    });
    const answer = (await response.json()) as { data?: { municipality?: { name: string } }; errors?: unknown[] };
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.municipality?.name).toBe('Venray');
    const requestId = response.headers.get('x-request-id')!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

    const ofRequest = () => receiver.spans.filter((s) => s.attributes['kansrijk.request_id'] === requestId);
    const sql = (service: string) => ofRequest().filter((s) => s.service === service && s.attributes['db.system.name'] === 'postgresql' && s.attributes['db.query.text']);
    const subgraphServices = SUBGRAPHS.map(({ name }) => `kansrijk-${name}`);
    // Each process exports its spans in the order they ended: the gateway's root span last of the
    // gateway's, a subgraph's server span after its SQL. So: the root, and a server span for every fetch.
    const complete = () => {
      const spans = ofRequest();
      const fetches = spans.filter((s) => s.service === 'kansrijk-gateway' && s.name === 'gateway.fetch');
      return spans.some((s) => s.service === 'kansrijk-gateway' && s.name === 'POST /graphql') && fetches.every((f) => spans.some((s) => s.parentSpanId === f.spanId && s.name === 'POST /graphql'));
    };
    await waitFor(complete, 'the spans of the request');
    for (const service of subgraphServices) expect([service, sql(service).length > 0]).toEqual([service, true]);

    const spans = ofRequest();
    // One trace, and nothing of that trace without the label.
    const traceIds = [...new Set(spans.map((s) => s.traceId))];
    expect(traceIds).toHaveLength(1);
    const trace = receiver.spans.filter((s) => s.traceId === traceIds[0]);
    expect(trace.filter((s) => s.attributes['kansrijk.request_id'] !== requestId)).toEqual([]);
    expect(trace.filter((s) => s.attributes['graphql.operation.name'] !== 'LeaOverview').map((s) => `${s.service} ${s.name}`)).toEqual([]);

    // The gateway: our server span at the root, Apollo's spans beneath it.
    const gateway = trace.filter((s) => s.service === 'kansrijk-gateway');
    const root = gateway.find((s) => s.name === 'POST /graphql')!;
    expect(root.parentSpanId).toBeUndefined();
    expect(root.attributes).toMatchObject({ 'http.response.status_code': 200, 'url.path': '/graphql' });
    for (const name of ['gateway.request', 'gateway.plan', 'gateway.execute', 'gateway.fetch']) expect(gateway.map((s) => s.name)).toContain(name);
    const fetchSpans = new Set(gateway.filter((s) => s.name === 'gateway.fetch').map((s) => s.spanId));
    const byId = new Map(trace.map((s) => [s.spanId, s]));
    const ancestry = (s: Span): Span[] => (s.parentSpanId && byId.has(s.parentSpanId) ? [byId.get(s.parentSpanId)!, ...ancestry(byId.get(s.parentSpanId)!)] : []);

    for (const service of subgraphServices) {
      // Each subgraph's server span continues a gateway.fetch span (the traceparent of that call) ...
      const servers = trace.filter((s) => s.service === service && s.name === 'POST /graphql');
      expect(servers.length).toBeGreaterThan(0);
      for (const server of servers) expect(fetchSpans.has(server.parentSpanId!)).toBe(true);
      // ... and each of its SQL statements hangs below one of them, up to the gateway's root.
      for (const statement of sql(service)) {
        const chain = ancestry(statement);
        expect(servers).toContain(chain.find((s) => s.service === service && s.name === 'POST /graphql'));
        expect(chain[chain.length - 1]).toBe(root);
        // Statement text with placeholders, never the values bound to it.
        expect(statement.attributes['db.postgresql.values']).toBeUndefined();
      }
    }

    // No variable value, token or secret anywhere in what reached the collector (attributes, resources, names).
    const exported = receiver.bodies.join('\n');
    for (const secret of [variables.code, token, token.split('.')[1], TEST_SECRET, TEST_JWT_SECRET, 'Bearer', 'x-kansrijk-context', 'x-kansrijk-signature']) expect(exported).not.toContain(secret);
  }, 120_000);

  it("continues the trace into the owner a subgraph asks about another domain's keys before a write", async () => {
    const token = await signToken({ sub: 'trace-test', roles: ['officer'], municipalities: ['GM0984'], organisations: [] }, { secret: TEST_JWT_SECRET });
    const input = { municipality: 'GM0984', name: 'Traced Huiswerkproject', organisations: ['unik'] };
    const response = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'mutation TracedWrite($input: CreateInterventionInput!) { createIntervention(input: $input) { id } }', variables: { input } }),
    });
    const answer = (await response.json()) as { data?: { createIntervention?: { id: string } }; errors?: unknown[] };
    if (answer.data?.createIntervention) written.push(answer.data.createIntervention.id);
    expect(answer.errors).toBeUndefined();
    const requestId = response.headers.get('x-request-id')!;
    const ofRequest = () => receiver.spans.filter((s) => s.attributes['kansrijk.request_id'] === requestId);
    const asked = () => {
      const spans = ofRequest();
      const interventions = new Set(spans.filter((s) => s.service === 'kansrijk-interventions').map((s) => s.spanId));
      // partners' server span for the reference check, a child of a span of the interventions process
      return spans.find((s) => s.service === 'kansrijk-partners' && s.name === 'POST /graphql' && interventions.has(s.parentSpanId!));
    };
    await waitFor(() => Boolean(asked()) && ofRequest().some((s) => s.service === 'kansrijk-gateway' && s.name === 'POST /graphql'), 'the spans of the write');
    expect(new Set(ofRequest().map((s) => s.traceId)).size).toBe(1);
    expect(asked()!.attributes['graphql.operation.name']).toBe('TracedWrite');
    // The INSERT is there, as text with placeholders: the name written is in no span.
    expect(ofRequest().some((s) => s.service === 'kansrijk-interventions' && /^INSERT INTO/.test(String(s.attributes['db.query.text'])))).toBe(true);
    expect(receiver.bodies.join('\n')).not.toContain(input.name);
  }, 60_000);

  it('sends the spans a process still holds when it is stopped with SIGTERM', async () => {
    // A gateway that would export only after ten minutes: its spans can only arrive through the shutdown.
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'gateway', 'src', 'index.ts')], {
      cwd: ROOT,
      env: baseEnv({ ...otel, ...urls, OTEL_BSP_SCHEDULE_DELAY: '600000', OTEL_SERVICE_NAME: 'kansrijk-gateway-stopping', PORT: String(port), JWT_SECRET: TEST_JWT_SECRET, SUBGRAPH_SECRET: TEST_SECRET }),
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    await waitFor(healthy(port), 'the gateway', 150_000);
    const token = await signToken({ sub: 'trace-test', roles: ['analyst'], municipalities: [], organisations: [] }, { secret: TEST_JWT_SECRET });
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'query Stopping { municipality(code: "GM0986") { name } }' }),
    });
    expect(response.status).toBe(200);
    const requestId = response.headers.get('x-request-id');
    const stopping = () => receiver.spans.filter((s) => s.service === 'kansrijk-gateway-stopping' && s.attributes['kansrijk.request_id'] === requestId);
    expect(stopping()).toEqual([]);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stopping().map((s) => s.name)).toContain('POST /graphql');
  }, 200_000);
});

describe('tracing off', () => {
  // Loads what a process loads (the set-up first, then pg and the kit) and says what of OpenTelemetry it found.
  const probe = `
    require('@kansrijk/kit/src/tracing');
    const pg = require('pg');
    require('@kansrijk/kit');
    const api = require('@opentelemetry/api');
    const sdk = Object.keys(require.cache).filter((f) => /@opentelemetry[\\\\/](sdk-|exporter-|instrumentation|otlp-)/.test(f));
    process.stdout.write(JSON.stringify({ sdkModules: sdk.length, pgWrapped: Boolean(pg.Client.prototype.query.__wrapped), provider: api.trace.getTracerProvider().getDelegate().constructor.name }));
  `;
  const run = (env: NodeJS.ProcessEnv) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', '-e', probe], { cwd: ROOT, env, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    return JSON.parse(result.stdout) as { sdkModules: number; pgWrapped: boolean; provider: string };
  };

  it('loads no SDK, creates no exporter and wraps nothing without OTEL_* (other OTEL_* alone do not turn it on)', () => {
    expect(run(baseEnv())).toEqual({ sdkModules: 0, pgWrapped: false, provider: 'NoopTracerProvider' });
    expect(run(baseEnv({ OTEL_SERVICE_NAME: 'kansrijk-x', OTEL_TRACES_SAMPLER: 'always_on' }))).toEqual({ sdkModules: 0, pgWrapped: false, provider: 'NoopTracerProvider' });
    expect(run(baseEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9', OTEL_SDK_DISABLED: 'true' }))).toEqual({ sdkModules: 0, pgWrapped: false, provider: 'NoopTracerProvider' });
    // The probe sees the difference: with an exporter named, the SDK is there and pg is instrumented.
    const on = run(baseEnv({ OTEL_TRACES_EXPORTER: 'console' }));
    expect(on.sdkModules).toBeGreaterThan(0);
    expect(on.pgWrapped).toBe(true);
    expect(on.provider).not.toBe('NoopTracerProvider');
  }, 150_000);

  it('refuses to start with an OTEL_* value the SDK would only warn about, naming the variable', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'gateway', 'src', 'index.ts')], {
      cwd: ROOT,
      env: baseEnv({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/xml', OTEL_TRACES_SAMPLER: 'parentbased_traceidratio', OTEL_TRACES_SAMPLER_ARG: '10' }),
      encoding: 'utf8',
    });
    expect({ status: result.status, lines: result.stderr.trim().split('\n') }).toEqual({
      status: 2,
      lines: [
        'gateway: the configuration is not valid:',
        '  OTEL_EXPORTER_OTLP_PROTOCOL: must be one of http/protobuf, http/json, grpc',
        '  OTEL_TRACES_SAMPLER_ARG: must be a number from 0 to 1 (the share of traces kept)',
      ],
    });
  }, 60_000);
});
