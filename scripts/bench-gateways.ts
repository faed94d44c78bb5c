/**
 * `npm run bench -- --gateways [--quick] [--rounds 3] [--only kansrijk,apollo] [--tsx] [--no-build] [--profile DIR]`:
 * Kansrijk's gateway side by side with a stock @apollo/gateway, Hive Gateway with and without its Rust
 * query planner, and a floor that only replays each operation's subgraph calls (scripts/bench-gateways/).
 * The subgraphs run once, in this process, on DATABASE_URL (migrated, demo data loaded when empty); each
 * gateway is its own process running compiled JavaScript (`npm run build` first), so its CPU time can be
 * read from /proc. For every contract operation and gateway, alternating gateways per operation over the
 * rounds: CPU per request (over the 1- and 10-connection runs), p50 / p99 latency at 1 connection, requests per
 * second at 10 connections, and each gateway's peak RSS. Prints the ratios and whether the goals are met.
 * Asserts nothing. `--tsx` adds Kansrijk's gateway run from source under tsx, as `npm start` runs it;
 * `--profile DIR` writes a CPU profile of Kansrijk's gateway there (node --cpu-prof).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'undici';
import { createLogger, createSubgraphServer, loadConfig, migrate, type Background, type Claims, type RunningServer } from '@kansrijk/kit';
import { createGateway } from '../gateway/src/server';
import { signToken } from '../gateway/src/tokens';
import type { RecordedPlan } from './bench-gateways/floor';
import { MODULES } from './modules';
import { freePort } from './embedded-postgres';
import { ROOT, SUPERGRAPH_FILE } from './subgraphs';
import { percentile } from './bench-stats';

const EXAMPLES = join(ROOT, 'gateway', 'examples');
const ISSUER = 'https://bench.kansrijk.invalid';
const AUDIENCE = 'kansrijk-bench';
const CLK_TCK = 100;

interface GatewayKind {
  name: string;
  command: string[];
  env?: Record<string, string>;
}

interface Operation {
  file: string;
  name: string;
  body: string;
}

interface Cell {
  cpuMs: number;
  requests: number;
  latencies: number[];
  rps: number[];
  errors: number;
  firstError?: string;
}

function option(argv: string[], name: string, fallback: string): string {
  const at = argv.indexOf(name);
  return at >= 0 && argv[at + 1] && !argv[at + 1].startsWith('--') ? argv[at + 1] : fallback;
}

/** utime + stime of a process, in ms. */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
}

function peakRssMiB(pid: number): number {
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return hwm ? Number(hwm[1]) / 1024 : NaN;
}

async function startSubgraphs(databaseUrl: string, secret: string) {
  const urls: Record<string, string> = {};
  const closers: (() => Promise<void>)[] = [];
  const backgrounds: Background[] = [];
  for (const module of MODULES) {
    const dataSource = module.createDataSource(databaseUrl);
    await dataSource.initialize();
    await migrate(dataSource);
    if (!(await module.hasData(dataSource))) await module.seed(dataSource);
    const server = createSubgraphServer(module.definition, { dataSource, secret, subgraphUrls: urls });
    const running: RunningServer = await server.listen(0);
    urls[module.name] = running.url;
    const background = await module.background?.(dataSource, { databaseUrl, log: createLogger(module.name), settings: loadConfig(module.name, module.settings ?? {}) });
    if (background) backgrounds.push(background);
    closers.push(async () => {
      await running.close();
      await background?.stop();
      await dataSource.destroy();
    });
  }
  for (const b of backgrounds) await b.settled?.();
  return { urls, close: async () => void (await Promise.all(closers.map((c) => c()))) };
}

/** The supergraph with each subgraph's URL replaced by where it listens now. */
function supergraphAt(urls: Record<string, string>): string {
  return readFileSync(SUPERGRAPH_FILE, 'utf8').replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (all, name: string) =>
    urls[name] ? `@join__graph(name: "${name}", url: "${urls[name]}")` : all,
  );
}

/**
 * Records the subgraph calls each operation makes through Kansrijk's gateway (in this process, its
 * subgraph URLs pointing at recording proxies), grouped into stages: a call that started before every
 * call of the current stage had ended ran beside them; one that started after an answer, on it.
 */
async function recordPlans(operations: Operation[], urls: Record<string, string>, secrets: { jwt: string; subgraph: string }, token: string) {
  let calls: { url: string; body: string; start: number; end: number }[] = [];
  const proxies: Server[] = [];
  const proxyUrls: Record<string, string> = {};
  for (const [name, url] of Object.entries(urls)) {
    const proxy = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk) => (body += chunk));
      req.on('end', async () => {
        const call = { url, body, start: performance.now(), end: 0 };
        calls.push(call);
        const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => k.startsWith('x-') || k === 'content-type')) as Record<string, string>;
        const answer = await fetch(url, { method: 'POST', headers, body });
        const text = await answer.text();
        call.end = performance.now();
        res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(text);
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxies.push(proxy);
    proxyUrls[name] = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;
  }
  const gateway = await createGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls: proxyUrls,
    jwtSecret: secrets.jwt,
    jwtIssuer: ISSUER,
    jwtAudience: AUDIENCE,
    subgraphSecret: secrets.subgraph,
  }).listen(0);
  const plans: Record<string, RecordedPlan> = {};
  try {
    for (const operation of operations) {
      const ask = () => fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: operation.body }).then((r) => r.text());
      await ask();
      calls = [];
      const response = await ask();
      const stages: { url: string; body: string; end: number }[][] = [];
      for (const call of [...calls].sort((a, b) => a.start - b.start)) {
        const current = stages.at(-1);
        if (current && current.every((c) => c.end > call.start)) current.push(call);
        else stages.push([call]);
      }
      plans[operation.name] = { stages: stages.map((s) => s.map(({ url, body }) => ({ url, body }))), response };
    }
  } finally {
    await gateway.close();
    for (const proxy of proxies) await new Promise<void>((resolve) => proxy.close(() => resolve()));
  }
  return plans;
}

async function startGateway(kind: GatewayKind, port: number, env: Record<string, string>, logDir: string): Promise<ChildProcess> {
  const child = spawn(kind.command[0], kind.command.slice(1), {
    cwd: ROOT,
    env: { ...process.env, ...env, ...kind.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  child.stdout!.on('data', (chunk) => log.push(String(chunk)));
  child.stderr!.on('data', (chunk) => log.push(String(chunk)));
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) break;
    const up = log.join('').includes('listening') || (await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false));
    if (up) return child;
    await new Promise((r) => setTimeout(r, 250));
  }
  writeFileSync(join(logDir, `${kind.name}.log`), log.join(''));
  child.kill('SIGKILL');
  throw new Error(`${kind.name} did not start: ${log.join('').slice(-2000)}`);
}


/** Sends the operation on `connections` connections for `seconds`; latencies in ms, and answers with errors. */
async function load(pool: Pool, operation: Operation, token: string, connections: number, seconds: number) {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const until = performance.now() + seconds * 1000;
  const loop = async () => {
    while (performance.now() < until) {
      const started = performance.now();
      try {
        const answer = await pool.request({ path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: operation.body });
        const text = await answer.body.text();
        latencies.push(performance.now() - started);
        if (answer.statusCode !== 200 || text.includes('"errors"')) {
          errors++;
          firstError ??= `HTTP ${answer.statusCode} ${text.slice(0, 300)}`;
        }
      } catch (error) {
        errors++;
        firstError ??= String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  return { latencies, errors, firstError };
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');

export async function benchGateways(argv: string[]): Promise<void> {
  const out = (line = '') => process.stdout.write(`${line}\n`);
  const quick = argv.includes('--quick');
  const rounds = Number(option(argv, '--rounds', quick ? '1' : '3'));
  const times = quick ? { warm: 0.3, one: 0.8, ten: 1 } : { warm: 0.3, one: 1.5, ten: 2 };
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('set DATABASE_URL to a PostgreSQL database the bench may migrate and seed (e.g. postgres://postgres@127.0.0.1:5432/bench)');
  process.env.LOG_LEVEL ??= 'warn';

  if (!argv.includes('--no-build') || !existsSync(join(ROOT, 'dist', 'gateway', 'src', 'index.js'))) {
    out('compiling (npm run build) ...');
    execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'build.ts')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const secrets = { jwt: randomBytes(32).toString('base64url'), subgraph: randomBytes(32).toString('base64url') };
  const subgraphs = await startSubgraphs(databaseUrl, secrets.subgraph);
  const work = mkdtempSync(join(tmpdir(), 'kansrijk-bench-gateways-'));
  const children: { kind: GatewayKind; child: ChildProcess; pool: Pool }[] = [];
  try {
    const variables = JSON.parse(readFileSync(join(EXAMPLES, 'variables.json'), 'utf8')) as Record<string, Record<string, unknown>>;
    const operations: Operation[] = readdirSync(EXAMPLES)
      .filter((f) => f.endsWith('.graphql'))
      .sort()
      .map((file) => {
        const query = readFileSync(join(EXAMPLES, file), 'utf8');
        const name = /\b(?:query|mutation)\s+(\w+)/.exec(query)![1];
        return { file, name, body: JSON.stringify({ query, variables: variables[file] ?? {}, operationName: name }) };
      });
    const claims: Claims = { sub: 'bench', roles: ['lea', 'partner'], municipalities: ['GM0984'], organisations: ['kinderopvang-t-nest'] };
    const token = await signToken(claims, { secret: secrets.jwt, issuer: ISSUER, audience: AUDIENCE });
    const plans = await recordPlans(operations, subgraphs.urls, secrets, token);
    const supergraphFile = join(work, 'supergraph.graphql');
    writeFileSync(supergraphFile, supergraphAt(subgraphs.urls));
    const plansFile = join(work, 'plans.json');
    writeFileSync(plansFile, JSON.stringify({ claims, operations: plans }));

    const dist = (path: string) => ['node', join(ROOT, 'dist', ...path.split('/'))];
    const profile = option(argv, '--profile', '');
    const kinds: GatewayKind[] = [
      { name: 'kansrijk', command: profile ? ['node', '--cpu-prof', '--cpu-prof-dir', profile, ...dist('gateway/src/index.js').slice(1)] : dist('gateway/src/index.js') },
      ...(argv.includes('--tsx') ? [{ name: 'kansrijk (tsx)', command: ['node', '--import', 'tsx', join(ROOT, 'gateway', 'src', 'index.ts')] }] : []),
      { name: 'apollo', command: dist('scripts/bench-gateways/apollo.js') },
      { name: 'hive', command: dist('scripts/bench-gateways/hive.js') },
      { name: 'hive+rust', command: dist('scripts/bench-gateways/hive.js'), env: { HIVE_PLANNER: 'rust' } },
      { name: 'floor', command: dist('scripts/bench-gateways/floor.js'), env: { PLANS_FILE: plansFile } },
    ];
    const only = option(argv, '--only', '');
    const chosen = only ? kinds.filter((k) => only.split(',').includes(k.name)) : kinds;
    const env = {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      JWT_SECRET: secrets.jwt,
      JWT_ISSUER: ISSUER,
      JWT_AUDIENCE: AUDIENCE,
      SUBGRAPH_SECRET: secrets.subgraph,
      SUPERGRAPH_FILE: supergraphFile,
    };
    for (const kind of chosen) {
      const port = await freePort();
      const child = await startGateway(kind, port, env, work);
      children.push({ kind, child, pool: new Pool(`http://127.0.0.1:${port}`, { connections: 10, pipelining: 1, headersTimeout: 10_000, bodyTimeout: 10_000 }) });
    }
    out(`gateways: ${children.map((c) => c.kind.name).join(', ')}; ${operations.length} operations; ${rounds} round(s) of ${times.one} s at 1 connection and ${times.ten} s at 10 connections each`);

    const cells = new Map<string, Cell>();
    const cell = (gateway: string, operation: string) => {
      const key = `${gateway}|${operation}`;
      if (!cells.has(key)) cells.set(key, { cpuMs: 0, requests: 0, latencies: [], rps: [], errors: 0 });
      return cells.get(key)!;
    };
    const started = Date.now();
    for (let round = 0; round < rounds; round++) {
      for (const operation of operations) {
        // A B C ... then ... C B A: each gateway meets the machine's other load at both ends.
        const order = round % 2 ? [...children].reverse() : children;
        for (const { kind, child, pool } of order) {
          const c = cell(kind.name, operation.name);
          await load(pool, operation, token, 10, times.warm);
          const before = cpuMs(child.pid!);
          const one = await load(pool, operation, token, 1, times.one);
          const t0 = performance.now();
          const ten = await load(pool, operation, token, 10, times.ten);
          const elapsed = (performance.now() - t0) / 1000;
          c.cpuMs += cpuMs(child.pid!) - before;
          c.requests += one.latencies.length + ten.latencies.length;
          c.latencies.push(...one.latencies);
          c.rps.push(ten.latencies.length / elapsed);
          c.errors += one.errors + ten.errors;
          const firstError = one.firstError ?? ten.firstError;
          if (firstError && !c.firstError) {
            c.firstError = firstError;
            out(`  ${kind.name} ${operation.name}: ${firstError}`);
          }
        }
      }
      out(`round ${round + 1} of ${rounds} done after ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }

    const names = children.map((c) => c.kind.name);
    const cpuOf = (gateway: string, operation: string) => {
      const c = cells.get(`${gateway}|${operation}`);
      return c && c.requests ? (c.cpuMs * 1000) / c.requests : NaN;
    };
    const p50Of = (gateway: string, operation: string) => percentile([...(cells.get(`${gateway}|${operation}`)?.latencies ?? [])].sort((a, b) => a - b), 50);
    out();
    out('| operation | gateway | CPU µs/req | × apollo | × hive+rust | p50 ms (1 conn) | p99 ms (1 conn) | RPS (10 conn) | errors |');
    out('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const operation of operations) {
      for (const gateway of names) {
        const c = cells.get(`${gateway}|${operation.name}`)!;
        const sorted = [...c.latencies].sort((a, b) => a - b);
        const cpu = cpuOf(gateway, operation.name);
        const rps = [...c.rps].sort((a, b) => a - b)[Math.floor(c.rps.length / 2)];
        out(`| ${operation.name} | ${gateway} | ${fmt(cpu, 0)} | ${fmt(cpu / cpuOf('apollo', operation.name), 2)} | ${fmt(cpu / cpuOf('hive+rust', operation.name), 2)} | ${fmt(percentile(sorted, 50), 2)} | ${fmt(percentile(sorted, 99), 2)} | ${fmt(rps, 0)} | ${c.errors} |`);
      }
    }
    out();
    out(`peak RSS, MiB: ${children.map(({ kind, child }) => `${kind.name} ${fmt(peakRssMiB(child.pid!), 0)}`).join(', ')}`);
    if (names.includes('kansrijk')) {
      out();
      out('goals for kansrijk (CPU ≤ 0.6 × apollo, ≤ 1.0 × hive+rust; p50 ≤ floor + 2 ms):');
      for (const operation of operations) {
        const cpu = cpuOf('kansrijk', operation.name);
        const vsApollo = cpu / cpuOf('apollo', operation.name);
        const vsRust = cpu / cpuOf('hive+rust', operation.name);
        const p50 = p50Of('kansrijk', operation.name);
        const floor = p50Of('floor', operation.name);
        const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
        out(
          `  ${operation.name.padEnd(24)} × apollo ${fmt(vsApollo, 2)} ${verdict(vsApollo <= 0.6)}; × hive+rust ${fmt(vsRust, 2)} ${verdict(vsRust <= 1)}; p50 ${fmt(p50, 2)} vs floor ${fmt(floor, 2)} + 2 ${verdict(p50 <= floor + 2)}`,
        );
      }
    }
  } finally {
    for (const { kind, child, pool } of children) {
      await pool.close();
      // Kansrijk's gateway stops on SIGTERM (and writes its --cpu-prof profile); Hive's runtime waits on
      // SIGTERM for a graceful stop that does not come, so the rest (the bench's own processes) are killed.
      if (kind.name === 'kansrijk') {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      }
      child.kill('SIGKILL');
    }
    await subgraphs.close();
    rmSync(work, { recursive: true, force: true });
  }
}
