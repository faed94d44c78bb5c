/**
 * `npm run bench:tracing`: what OpenTelemetry traces cost. Starts the four subgraphs and the gateway as
 * processes (as in production) three times: tracing off (no OTEL_*), on with every trace kept and
 * exported (OTLP/HTTP to a sink in this process), and on with every trace sampled out. Prints latency
 * of one contract operation and the gateway's memory for each; asserts nothing.
 *
 *   DATABASE_URL=postgres://... npm run bench:tracing -- [--runs 300]
 *
 * The database is migrated and gets the demo data if empty (RUN_MIGRATIONS, LOAD_DEMO_DATA).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SUBGRAPHS, urlVariable } from '@kansrijk/domain';
import { signToken } from '../gateway/src/tokens';
import { row, timed } from './bench-stats';
import { freePort } from './embedded-postgres';

const ROOT = join(__dirname, '..');
const SECRET = 'bench-subgraph-secret-bench-subgraph-secret';
const JWT_SECRET = 'bench-jwt-secret-bench-jwt-secret-bench';

async function until(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 1200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not come up`);
}

async function stack(databaseUrl: string, otel: Record<string, string>) {
  const base: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn' };
  for (const name of Object.keys(base)) if (name.startsWith('OTEL_')) delete base[name];
  const ports = Object.fromEntries(await Promise.all(SUBGRAPHS.map(async ({ name }) => [name, await freePort()] as const)));
  const urls = Object.fromEntries(SUBGRAPHS.map(({ name }) => [urlVariable(name), `http://127.0.0.1:${ports[name]}/graphql`]));
  const children: ChildProcess[] = [];
  const start = (entry: string, env: Record<string, string>) => children.push(spawn(process.execPath, ['--import', 'tsx', entry], { cwd: ROOT, env: { ...base, ...otel, ...urls, SUBGRAPH_SECRET: SECRET, ...env }, stdio: ['ignore', 'ignore', 'inherit'] }));
  // One at a time: the first migrates and seeds an empty database, the others find it done.
  for (const { name } of SUBGRAPHS) {
    start(join(ROOT, 'services', name, 'src', 'index.ts'), { PORT: String(ports[name]), DATABASE_URL: databaseUrl, RUN_MIGRATIONS: 'true', LOAD_DEMO_DATA: 'true' });
    await until(() => fetch(`http://127.0.0.1:${ports[name]}/health`).then((r) => r.ok, () => false), name);
  }
  const port = await freePort();
  start(join(ROOT, 'gateway', 'src', 'index.ts'), { PORT: String(port), JWT_SECRET });
  await until(() => fetch(`http://127.0.0.1:${port}/ready`).then((r) => r.ok, () => false), 'the gateway');
  const gateway = children[children.length - 1];
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    rssMb: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${gateway.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024,
    stop: () => Promise.all(children.map((c) => new Promise((resolve) => c.once('exit', resolve).kill('SIGTERM')))),
  };
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('set DATABASE_URL (a PostgreSQL with the demo data, or an empty one)');
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 300;
  let spans = 0;
  const sink = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      spans += (body.match(/"spanId"/g) ?? []).length;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const endpoint = { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(sink.address() as AddressInfo).port}`, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' };
  const modes: [string, Record<string, string>][] = [
    ['off (no OTEL_*)', {}],
    ['on, every trace exported', endpoint],
    ['on, every trace sampled out', { ...endpoint, OTEL_TRACES_SAMPLER: 'parentbased_traceidratio', OTEL_TRACES_SAMPLER_ARG: '0' }],
  ];
  const query = readFileSync(join(ROOT, 'gateway', 'examples', 'lea-overview.graphql'), 'utf8');
  const token = await signToken({ sub: 'bench', roles: ['lea'], municipalities: ['GM0984'], organisations: [] }, { secret: JWT_SECRET });
  process.stdout.write(`LeaOverview (all four subgraphs), ${runs} sequential requests after 20 warm-up runs, five processes on this machine\n`);
  process.stdout.write(`${'tracing'.padEnd(34)} ${'mean ms'.padStart(8)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'spans'.padStart(6)}  gateway RSS (spans per request)\n`);
  for (const [label, otel] of modes) {
    const running = await stack(databaseUrl, otel);
    const ask = async () => {
      const response = await fetch(running.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables: { code: 'GM0984', year: 2023 } }) });
      return (await response.json()) as { errors?: unknown[] };
    };
    const before = spans;
    for (let i = 0; i < 20; i++) await ask();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await timed(ask, label));
    const rss = running.rssMb();
    await running.stop();
    // Counted after the stop, which sends what the batch still held: spans of every request, warm-up included.
    process.stdout.write(`${row(label, times, ((spans - before) / (runs + 20)).toFixed(0))}  ${rss.toFixed(0)} MB\n`);
  }
  sink.close();
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
