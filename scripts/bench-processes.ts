/**
 * `npm run bench:processes`: what each process of the stack needs, to size Kubernetes requests and limits
 * (deploy/kubernetes). Starts `npm start` (each service in its own process, as in production) on
 * DATABASE_URL, then sends the contract operations (gateway/examples) through the gateway from a few
 * clients at once for a while, reading every process's resident memory and CPU time from /proc.
 * Prints, per process: RSS once started and idle, its peak (VmHWM) under the load, and the CPU it used
 * (cores on average, and milliseconds per request through the gateway). Asserts nothing. Linux only.
 *
 *   DATABASE_URL=postgres://... npm run bench:processes -- [--seconds 60] [--clients 8]
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signToken } from '../gateway/src/tokens';
import { exitAfterFailedStart, loadConfig, setting } from '@kansrijk/kit';
import { SUBGRAPHS, portVariable } from '@kansrijk/domain';
import { ROOT } from './subgraphs';

const EXAMPLES = join(ROOT, 'gateway', 'examples');
/** Clock ticks per second of /proc/<pid>/stat (USER_HZ: 100 on every Linux we run). */
const TICKS = 100;
const BASE_PORT = 5400;

const argument = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};

function memoryKb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

function cpuTicks(pid: number): number {
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

async function main() {
  const { DATABASE_URL } = loadConfig('bench:processes', { DATABASE_URL: setting.url(['postgres:', 'postgresql:']) });
  const seconds = argument('seconds', 60);
  const clients = argument('clients', 8);
  const jwtSecret = randomBytes(32).toString('base64url');
  const dataDir = mkdtempSync(join(tmpdir(), 'kansrijk-bench-processes-'));
  const ports = Object.fromEntries(SUBGRAPHS.map(({ name }, i) => [portVariable(name), String(BASE_PORT + 1 + i)]));
  const stack = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'start.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL, PORT: String(BASE_PORT), ...ports, JWT_SECRET: jwtSecret, SUBGRAPH_SECRET: randomBytes(32).toString('base64url'), KANSRIJK_DATA_DIR: dataDir, LOG_LEVEL: 'warn', GATEWAY_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const pids = new Map<string, number>();
  const running = new Promise<void>((resolve, reject) => {
    let out = '';
    stack.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      for (const m of out.matchAll(/^(\S+) started \(pid (\d+)\)\./gm)) pids.set(m[1], Number(m[2]));
      if (out.includes('Kansrijk is running.')) resolve();
    });
    stack.on('exit', (code) => reject(new Error(`npm start exited (${code}) before the stack ran:\n${out}`)));
  });
  try {
    await running;
    const url = `http://127.0.0.1:${BASE_PORT}/graphql`;
    const token = await signToken({ sub: 'bench', roles: ['lea', 'partner'], municipalities: ['GM0984'], organisations: ['kinderopvang-t-nest'] }, { secret: jwtSecret, expiresIn: '1h' });
    const variables = JSON.parse(readFileSync(join(EXAMPLES, 'variables.json'), 'utf8'));
    const operations = readdirSync(EXAMPLES)
      .filter((f) => f.endsWith('.graphql'))
      .sort()
      .map((file) => JSON.stringify({ query: readFileSync(join(EXAMPLES, file), 'utf8'), variables: variables[file] }));
    const send = async (body: string) => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      const answer = (await res.json()) as { errors?: unknown[] };
      if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    };
    for (const body of operations) await send(body);
    // Idle: once started and warmed by one run of each operation.
    await new Promise((r) => setTimeout(r, 2000));
    const idle = new Map([...pids].map(([name, pid]) => [name, memoryKb(pid).rss]));
    const cpuBefore = new Map([...pids].map(([name, pid]) => [name, cpuTicks(pid)]));
    const started = Date.now();
    let requests = 0;
    const deadline = started + seconds * 1000;
    await Promise.all(
      Array.from({ length: clients }, async (_, c) => {
        for (let i = c; Date.now() < deadline; i++) {
          await send(operations[i % operations.length]);
          requests++;
        }
      }),
    );
    const elapsed = (Date.now() - started) / 1000;
    process.stdout.write(`${requests} requests in ${elapsed.toFixed(0)} s from ${clients} clients (${(requests / elapsed).toFixed(0)}/s), the ${operations.length} contract operations in turn\n`);
    process.stdout.write(`${'process'.padEnd(14)} ${'idle RSS MiB'.padStart(12)} ${'peak RSS MiB'.padStart(12)} ${'CPU cores'.padStart(10)} ${'CPU ms/req'.padStart(11)}\n`);
    for (const [name, pid] of pids) {
      if (name === 'postgres') continue;
      const cpu = (cpuTicks(pid) - cpuBefore.get(name)!) / TICKS;
      const mib = (kb: number) => (kb / 1024).toFixed(0);
      process.stdout.write(`${name.padEnd(14)} ${mib(idle.get(name)!).padStart(12)} ${mib(memoryKb(pid).peak).padStart(12)} ${(cpu / elapsed).toFixed(2).padStart(10)} ${((cpu * 1000) / requests).toFixed(2).padStart(11)}\n`);
    }
  } finally {
    stack.kill('SIGTERM');
    await new Promise((r) => stack.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch(exitAfterFailedStart);
