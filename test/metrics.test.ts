/**
 * /metrics through the real stack: what the contract operations leave on the gateway's and the
 * subgraphs' metrics, with the right labels and bounded ones; a failing subgraph call; the children's
 * publication freshness; how /metrics is protected; and that the Grafana dashboard asks only for
 * metrics that exist. The Prometheus text is parsed, not grepped.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { join } from 'node:path';
import { parse } from 'graphql';
import { listenMetrics, metricsAccess, OTHER, type RunningServer } from '@kansrijk/kit';
import { TEST_SECRET, testDatabaseUrl } from '@kansrijk/kit/src/testing';
import { gatewayConfig } from '../gateway/src/config';
import { gatewayRegistry, MAX_OPERATION_LABELS, registerCollector } from '../gateway/src/metrics';
import { createGateway } from '../gateway/src/server';
import { freePort } from '../scripts/embedded-postgres';
import { SUPERGRAPH_FILE } from '../scripts/subgraphs';
import { familyOf, parsePrometheusText, samplesOf, valueOf, type Exposition } from './prometheus-text';
import { operation, startStack, TEST_JWT_SECRET, type Stack } from './stack';

/** A gateway or subgraph process; `listening` resolves on its "listening" log line, which `line()` returns parsed. */
function spawnProcess(entry: string, env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  let found: Record<string, unknown> | null = null;
  const listening = new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (chunk) => {
      output += String(chunk);
      const line = output.split('\n').find((l) => /"msg":"(gateway|subgraph) listening"/.test(l));
      if (line && !found) {
        found = JSON.parse(line);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`${entry} exited with ${code}: ${output}`)));
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    listening,
    line: () => found,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

const EXAMPLES = join(__dirname, '..', 'gateway', 'examples');
const DASHBOARD = join(__dirname, '..', 'deploy', 'grafana', 'kansrijk-dashboard.json');
const SUBGRAPHS = ['partners', 'children', 'budgets', 'interventions'];

let stack: Stack;
const metricsUrl = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '/metrics');

async function scrape(url: string, token?: string): Promise<Exposition> {
  const response = await fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheusText(await response.text());
}
const gateway = () => scrape(metricsUrl(stack.gatewayUrl));
const subgraph = (name: string) => scrape(metricsUrl(stack.subgraphUrls[name]));

/** The contract's operations with their names and demo variables. */
const contract = (() => {
  const variables = JSON.parse(readFileSync(join(EXAMPLES, 'variables.json'), 'utf8')) as Record<string, Record<string, unknown>>;
  return readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.graphql'))
    .map((file) => {
      const definition = parse(operation(file)).definitions.find((d) => d.kind === 'OperationDefinition');
      return { file, name: definition?.kind === 'OperationDefinition' ? definition.name!.value : '', variables: variables[file] ?? {} };
    });
})();

beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

describe('the gateway /metrics', () => {
  it('counts every contract operation under its name, with its latency and its subgraph calls by subgraph name', async () => {
    const before = await gateway();
    const token = await stack.token(['lea', 'partner'], { municipalities: ['GM0984', 'GM0556', 'GM0986'], organisations: ['kinderopvang-t-nest'] });
    for (const op of contract) await stack.query(operation(op.file), op.variables, token);
    const lea = await stack.query(operation('lea-overview.graphql'), { code: 'GM0984', year: 2023 }, token);
    expect(lea.errors).toBeUndefined();
    const after = await gateway();

    expect(after.types.get('kansrijk_gateway_requests_total')).toBe('counter');
    expect(after.types.get('kansrijk_gateway_request_duration_seconds')).toBe('histogram');
    expect(after.types.get('kansrijk_gateway_requests_in_flight')).toBe('gauge');
    for (const { name } of contract) {
      const runs = name === 'LeaOverview' ? 2 : 1;
      const delta = (exposition: Exposition, metric: string) => valueOf(exposition, metric, { operation: name });
      expect([name, delta(after, 'kansrijk_gateway_requests_total') - delta(before, 'kansrijk_gateway_requests_total')]).toEqual([name, runs]);
      expect([name, delta(after, 'kansrijk_gateway_request_duration_seconds_count') - delta(before, 'kansrijk_gateway_request_duration_seconds_count')]).toEqual([name, runs]);
      // The buckets are cumulative and end in +Inf, which holds every observation.
      const buckets = samplesOf(after, 'kansrijk_gateway_request_duration_seconds_bucket', { operation: name });
      expect(buckets.at(-1)?.labels.le).toBe('+Inf');
      expect(buckets.at(-1)?.value).toBe(valueOf(after, 'kansrijk_gateway_request_duration_seconds_count', { operation: name }));
      for (let i = 1; i < buckets.length; i++) expect(buckets[i].value).toBeGreaterThanOrEqual(buckets[i - 1].value);
    }
    // LeaOverview asks all four subgraphs: each one's calls were timed under its name.
    const calls = (exposition: Exposition, subgraph: string) => valueOf(exposition, 'kansrijk_gateway_subgraph_request_duration_seconds_count', { subgraph });
    for (const name of SUBGRAPHS) expect([name, calls(after, name) - calls(before, name) >= 2]).toEqual([name, true]);
    const labelled = new Set(samplesOf(after, 'kansrijk_gateway_subgraph_request_duration_seconds_count').map((s) => s.labels.subgraph));
    expect([...labelled].sort()).toEqual([...SUBGRAPHS].sort());
    // Answers by status, refusals included.
    expect(valueOf(after, 'kansrijk_gateway_responses_total', { status: '200' }) - valueOf(before, 'kansrijk_gateway_responses_total', { status: '200' })).toBe(contract.length + 1);
  });

  it('counts errors by operation and code, and refusals before GraphQL by status', async () => {
    const before = await gateway();
    const invalid = await stack.query('query Broken { municipality(code: "GM0984") { noSuchField } }');
    expect(invalid.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const refused = await stack.query('{ __typename }', {}, null);
    expect(refused.status).toBe(401);
    const after = await gateway();
    // An operation that did not validate is not given a label of its own.
    const errors = (e: Exposition) => valueOf(e, 'kansrijk_gateway_errors_total', { operation: OTHER, code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(errors(after) - errors(before)).toBe(1);
    expect(samplesOf(after, 'kansrijk_gateway_requests_total', { operation: 'Broken' })).toEqual([]);
    const unauthorised = (e: Exposition) => valueOf(e, 'kansrijk_gateway_responses_total', { status: '401' });
    expect(unauthorised(after) - unauthorised(before)).toBe(1);
  });

  it('keeps operation names of unknown clients to a bounded set of labels', async () => {
    const token = await stack.token('analyst');
    for (let i = 0; i < MAX_OPERATION_LABELS + 20; i++) await stack.query(`query Client${i} { __typename }`, {}, token);
    const after = await gateway();
    const names = new Set(samplesOf(after, 'kansrijk_gateway_requests_total').map((s) => s.labels.operation));
    const contractNames = new Set(contract.map((op) => op.name));
    const others = [...names].filter((n) => !contractNames.has(n) && n !== OTHER && n !== '(anonymous)');
    expect(others.length).toBe(MAX_OPERATION_LABELS);
    expect(valueOf(after, 'kansrijk_gateway_requests_total', { operation: OTHER })).toBeGreaterThanOrEqual(20);
    // A contract operation keeps its name past the cap.
    await stack.query(operation('coalition.graphql'), { id: 'venray-brukske' }, token);
    expect(valueOf(await gateway(), 'kansrijk_gateway_requests_total', { operation: 'Coalition' })).toBeGreaterThanOrEqual(1);
  });

  it('counts a failed subgraph call under its name and reason: refused while down, timeout when silent; in flight while slow', async () => {
    const failures = (e: Exposition, subgraph: string, reason: string) => valueOf(e, 'kansrijk_gateway_subgraph_failures_total', { subgraph, reason });
    const before = await gateway();
    await stack.stopSubgraph('interventions');
    try {
      const res = await stack.query('query Down { municipality(code: "GM0984") { name interventions { id } } }');
      expect(res.data?.municipality?.name).toBe('Venray');
      expect(res.errors?.length).toBeGreaterThan(0);
    } finally {
      await stack.startSubgraph('interventions');
    }
    const down = await gateway();
    expect(failures(down, 'interventions', 'network') - failures(before, 'interventions', 'network')).toBe(1);
    expect(failures(down, 'partners', 'network')).toBe(failures(before, 'partners', 'network'));

    // A slow subgraph: the request is in flight while it waits.
    stack.setDelay('budgets', 1500);
    const slow = stack.query('query Slow { municipality(code: "GM0556") { budgetPlans(year: 2023) { id } } }');
    try {
      let waiting = 0;
      while (waiting < 1) waiting = valueOf(await gateway(), 'kansrijk_gateway_requests_in_flight');
      expect(waiting).toBeGreaterThanOrEqual(1);
      expect((await slow).errors).toBeUndefined();
    } finally {
      stack.setDelay('budgets', 0);
    }

    // A subgraph that accepts the connection and never answers: given up after the gateway's timeout.
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => void sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/graphql`;
    const impatient = await createGateway({ supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'), subgraphUrls: { ...stack.subgraphUrls, budgets: silentUrl }, jwtSecret: TEST_JWT_SECRET, subgraphSecret: TEST_SECRET, subgraphTimeoutMs: 300 }).listen(0);
    try {
      const response = await fetch(impatient.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await stack.token('analyst')}` },
        body: JSON.stringify({ query: 'query Silent { municipality(code: "GM0556") { name budgetPlans(year: 2023) { id } } }' }),
      });
      const res = (await response.json()) as { data?: { municipality?: { name: string } }; errors?: unknown[] };
      expect(res.data?.municipality?.name).toBe('Maassluis');
      expect(res.errors?.length).toBeGreaterThan(0);
    } finally {
      await impatient.close();
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
    const after = await gateway();
    expect(failures(after, 'budgets', 'timeout') - failures(before, 'budgets', 'timeout')).toBe(1);
    const labels = samplesOf(after, 'kansrijk_gateway_subgraph_failures_total').map((s) => s.labels.reason);
    for (const reason of labels) expect(['timeout', 'network', 'circuit_open', 'http_4xx', 'http_5xx']).toContain(reason);
  });

  it('has the process metrics: CPU, resident memory, event loop lag', async () => {
    const metrics = await gateway();
    for (const name of ['process_cpu_seconds_total', 'process_resident_memory_bytes', 'nodejs_eventloop_lag_seconds', 'nodejs_eventloop_lag_p99_seconds']) {
      expect([name, samplesOf(metrics, name).length]).toEqual([name, 1]);
    }
    expect(valueOf(metrics, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('takes gauges of others in one call (e.g. circuit breaker states)', async () => {
    let open = 1;
    registerCollector({ name: 'kansrijk_test_breaker_open', help: 'test', labelNames: ['subgraph'], read: () => [{ labels: { subgraph: 'budgets' }, value: open }] });
    expect(valueOf(await gateway(), 'kansrijk_test_breaker_open', { subgraph: 'budgets' })).toBe(1);
    open = 0;
    expect(valueOf(await gateway(), 'kansrijk_test_breaker_open', { subgraph: 'budgets' })).toBe(0);
    gatewayRegistry().removeSingleMetric('kansrijk_test_breaker_open');
  });
});

describe('a subgraph /metrics', () => {
  it('times its statements by kind, shows its pool, and counts requests by the client operation', async () => {
    const before = await subgraph('partners');
    const res = await stack.query(operation('coalition.graphql'), { id: 'venray-brukske' });
    expect(res.errors).toBeUndefined();
    const after = await subgraph('partners');
    expect(after.types.get('kansrijk_db_statement_duration_seconds')).toBe('histogram');
    const selects = (e: Exposition) => valueOf(e, 'kansrijk_db_statement_duration_seconds_count', { subgraph: 'partners', kind: 'select' });
    expect(selects(after)).toBeGreaterThan(selects(before));
    const kinds = new Set(samplesOf(after, 'kansrijk_db_statement_duration_seconds_count').map((s) => s.labels.kind));
    for (const kind of kinds) expect(kind).toMatch(/^[a-z]+$/);
    const requests = (e: Exposition) => valueOf(e, 'kansrijk_subgraph_requests_total', { subgraph: 'partners', operation: 'Coalition' });
    expect(requests(after) - requests(before)).toBeGreaterThanOrEqual(1);
    expect(valueOf(after, 'kansrijk_subgraph_request_duration_seconds_count', { subgraph: 'partners', operation: 'Coalition' })).toBe(requests(after));

    const pool = (name: string) => valueOf(after, name, { subgraph: 'partners' });
    expect(pool('kansrijk_db_pool_connections')).toBeGreaterThanOrEqual(1);
    expect(pool('kansrijk_db_pool_idle_connections')).toBeLessThanOrEqual(pool('kansrijk_db_pool_connections'));
    expect(pool('kansrijk_db_pool_waiting_requests')).toBe(0);
    expect(pool('kansrijk_db_pool_max_connections')).toBe((stack.dataSources.partners.options as { poolSize?: number }).poolSize);
    expect(pool('kansrijk_db_pool_connections')).toBeLessThanOrEqual(pool('kansrijk_db_pool_max_connections'));
    // Its own registry: no other subgraph's series.
    expect(new Set(samplesOf(after, 'kansrijk_db_statement_duration_seconds_count').map((s) => s.labels.subgraph))).toEqual(new Set(['partners']));
  });

  it('counts failed statements by kind', async () => {
    const errors = (e: Exposition) => valueOf(e, 'kansrijk_db_statement_errors_total', { subgraph: 'budgets', kind: 'select' });
    const before = await subgraph('budgets');
    await expect(stack.dataSources.budgets.query('SELECT * FROM budgets.no_such_table')).rejects.toThrow();
    expect(errors(await subgraph('budgets')) - errors(before)).toBe(1);
  });

  it('children: the freshness of the publications, from the database', async () => {
    await stack.settled();
    const fresh = await subgraph('children');
    expect(valueOf(fresh, 'kansrijk_children_figures_stale')).toBe(0);
    expect(valueOf(fresh, 'kansrijk_children_figures_oldest_stale_age_seconds')).toBe(0);
    const [{ last }] = await stack.dataSources.children.query(`SELECT extract(epoch FROM max(checked_at))::float8 AS last FROM children.figures_publication WHERE current`);
    expect(valueOf(fresh, 'kansrijk_children_figures_last_refresh_timestamp_seconds')).toBeCloseTo(last, 3);

    // A marker an hour old, as a dead worker would leave. The refresh may take it at any moment (its
    // schedule runs every minute): a scrape counts only if the marker was still there after it.
    const db = stack.dataSources.children;
    let stale: Exposition | null = null;
    for (let attempt = 0; attempt < 5 && !stale; attempt++) {
      await db.query(`INSERT INTO children.figures_stale (municipality_code, year, marked_at) VALUES ('GM9999', 2001, now() - interval '1 hour') ON CONFLICT DO NOTHING`);
      const scraped = await subgraph('children');
      const [{ still }] = await db.query(`SELECT EXISTS (SELECT 1 FROM children.figures_stale WHERE municipality_code = 'GM9999') AS still`);
      if (still) stale = scraped;
    }
    await db.query(`DELETE FROM children.figures_stale WHERE municipality_code = 'GM9999'`);
    expect(stale).not.toBeNull();
    expect(valueOf(stale!, 'kansrijk_children_figures_stale')).toBeGreaterThanOrEqual(1);
    expect(valueOf(stale!, 'kansrijk_children_figures_oldest_stale_age_seconds')).toBeGreaterThanOrEqual(3600);
  });
});

describe('what /metrics shows and to whom', () => {
  it('names no host, URL or SQL in any label or help text', async () => {
    const texts = await Promise.all([stack.gatewayUrl, ...Object.values(stack.subgraphUrls)].map(async (url) => (await fetch(metricsUrl(url))).text()));
    for (const text of texts) {
      expect(text).not.toMatch(/127\.0\.0\.1|localhost|https?:\/\/|postgres(ql)?:/i);
      expect(text).not.toMatch(/\bSELECT\b|\bFROM\b|\bWHERE\b|\bINSERT INTO\b/);
    }
  });

  it('with METRICS_TOKEN: 401 without the bearer token or with another, 200 with it', async () => {
    const token = 'metrics-token-for-the-tests-0123456789';
    const guarded = await createGateway({ supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'), subgraphUrls: stack.subgraphUrls, jwtSecret: TEST_JWT_SECRET, subgraphSecret: TEST_SECRET, metrics: { onMainPort: true, token } }).listen(0);
    try {
      const url = metricsUrl(guarded.url);
      const none = await fetch(url);
      expect(none.status).toBe(401);
      expect(none.headers.get('www-authenticate')).toBe('Bearer');
      expect((await fetch(url, { headers: { authorization: `Bearer ${token}x` } })).status).toBe(401);
      expect((await fetch(url, { headers: { authorization: `Basic ${token}` } })).status).toBe(401);
      expect(valueOf(await scrape(url, token), 'process_resident_memory_bytes')).toBeGreaterThan(0);
    } finally {
      await guarded.close();
    }
  });

  it('METRICS_PORT: a listener of its own serving /metrics only, and the main port answers 404', async () => {
    const access = metricsAccess({ METRICS_PORT: 9464 }, true);
    expect(access).toEqual({ onMainPort: false, token: undefined });
    const main = await createGateway({ supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'), subgraphUrls: stack.subgraphUrls, jwtSecret: TEST_JWT_SECRET, subgraphSecret: TEST_SECRET, metrics: access }).listen(0);
    let own: RunningServer | null = null;
    try {
      expect((await fetch(metricsUrl(main.url))).status).toBe(404);
      own = await listenMetrics(gatewayRegistry(), 0, '127.0.0.1');
      expect(samplesOf(await scrape(metricsUrl(own.url)), 'kansrijk_gateway_requests_total').length).toBeGreaterThan(0);
      expect((await fetch(own.url)).status).toBe(404);
    } finally {
      await own?.close();
      await main.close();
    }
  });

  it('the processes in production: the gateway on METRICS_PORT with METRICS_TOKEN, a subgraph without either serves none', async () => {
    const [port, metricsPort, subgraphPort] = [await freePort(), await freePort(), await freePort()];
    const token = 'a-metrics-token-of-forty-characters-000';
    const production = { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'info', SUBGRAPH_SECRET: 'S'.repeat(40) };
    const gatewayEnv: NodeJS.ProcessEnv = { ...production, PORT: String(port), METRICS_PORT: String(metricsPort), METRICS_TOKEN: token, JWT_SECRET: 'J'.repeat(40), JWT_ISSUER: 'https://idp.example', JWT_AUDIENCE: 'kansrijk' };
    for (const [name, url] of Object.entries(stack.subgraphUrls)) gatewayEnv[`${name.toUpperCase()}_URL`] = url;
    const subgraphEnv: NodeJS.ProcessEnv = { ...production, PORT: String(subgraphPort), DATABASE_URL: testDatabaseUrl() };
    const processes = [
      spawnProcess(join(__dirname, '..', 'gateway', 'src', 'index.ts'), gatewayEnv),
      spawnProcess(join(__dirname, '..', 'services', 'partners', 'src', 'index.ts'), subgraphEnv),
    ];
    try {
      await Promise.all(processes.map((p) => p.listening));
      expect((await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
      expect((await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).status).toBe(401);
      expect(samplesOf(await scrape(`http://127.0.0.1:${metricsPort}/metrics`, token), 'process_resident_memory_bytes')).toHaveLength(1);
      expect(processes[0].line()).toMatchObject({ metrics: `http://127.0.0.1:${metricsPort}/metrics` });
      expect((await fetch(`http://127.0.0.1:${subgraphPort}/metrics`)).status).toBe(404);
      expect(processes[1].line()).toMatchObject({ metrics: 'not served (in production set METRICS_PORT or METRICS_TOKEN)' });
    } finally {
      await Promise.all(processes.map((p) => p.stop()));
    }
  });

  it('in production the main port serves /metrics only with a token; METRICS_PORT must differ from PORT', () => {
    expect(metricsAccess({}, true).onMainPort).toBe(false);
    expect(metricsAccess({ METRICS_TOKEN: 'x'.repeat(32) }, true).onMainPort).toBe(true);
    expect(metricsAccess({}, false).onMainPort).toBe(true);
    expect(() => gatewayConfig({ JWT_SECRET: 'j'.repeat(32), SUBGRAPH_SECRET: 's'.repeat(32), PORT: '4000', METRICS_PORT: '4000' })).toThrow(/METRICS_PORT: must differ from PORT/);
    expect(() => gatewayConfig({ JWT_SECRET: 'j'.repeat(32), SUBGRAPH_SECRET: 's'.repeat(32), METRICS_PORT: 'x' })).toThrow(/METRICS_PORT: must be a port number/);
  });
});

describe('the Grafana dashboard', () => {
  it('asks only for metrics the running stack exposes', async () => {
    const dashboard = JSON.parse(readFileSync(DASHBOARD, 'utf8'));
    const expressions: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'expr' && typeof value === 'string') expressions.push(value);
          else walk(value);
        }
      }
    };
    walk(dashboard);
    expect(expressions.length).toBeGreaterThanOrEqual(10);
    // Metric names in PromQL: identifiers followed by a selector, a range or the end, that are not functions or keywords.
    const referenced = new Set(expressions.flatMap((e) => [...e.replace(/"[^"]*"/g, '""').matchAll(/\b((?:kansrijk|process|nodejs)_[a-zA-Z0-9_]*)/g)].map((m) => m[1])));
    const expositions = [await gateway(), ...(await Promise.all(SUBGRAPHS.map(subgraph)))];
    const exposed = new Set(expositions.flatMap((e) => [...e.types.keys(), ...e.samples.map((s) => s.name)]));
    const missing = [...referenced].filter((name) => !exposed.has(name));
    expect(missing).toEqual([]);
    // Every family of ours is on the dashboard, so a new metric is not forgotten there either.
    const ours = new Set(expositions.flatMap((e) => [...e.types.keys()].filter((n) => n.startsWith('kansrijk_') && !n.startsWith('kansrijk_test_'))));
    const shown = new Set([...referenced].map((name) => expositions.map((e) => familyOf(e, name)).find((f) => f !== name) ?? name));
    expect([...ours].filter((name) => !shown.has(name))).toEqual([]);
  });
});
