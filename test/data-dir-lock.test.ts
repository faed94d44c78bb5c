/**
 * One database, one writer: a task run while a stack holds the embedded database in a data directory
 * goes to that stack's server, through its port, and never opens a second server on the same files (it
 * would write a copy the stack never sees, audit entries included). Real processes throughout: the
 * server as `npm start` starts it, and the task and `npm start` as the command line runs them.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { lockPath, type DataDirLock } from '../scripts/data-dir-lock';
import { freePort, startEmbeddedPostgres, type EmbeddedPostgres } from '../scripts/embedded-postgres';

const ROOT = join(__dirname, '..');
const home = mkdtempSync(join(tmpdir(), 'kansrijk-lock-'));
const dataDir = join(home, 'pglite');
let stack: EmbeddedPostgres | null = null;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A script as `npm run ...` runs it (tsx), on this data directory and without DATABASE_URL. */
function run(script: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, KANSRIJK_DATA_DIR: home, LOG_LEVEL: 'warn', ...extraEnv };
  for (const name of ['DATABASE_URL', 'TEST_DATABASE_URL', 'JWT_SECRET', 'SUBGRAPH_SECRET']) delete env[name];
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', script), ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = { stdout: '', stderr: '' };
  child.stdout.on('data', (c) => (out.stdout += String(c)));
  child.stderr.on('data', (c) => (out.stderr += String(c)));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, ...out })));
}

const purge = (before: string) => run('task.ts', ['command', 'purge', '--before', before]);

/** The pglite-server processes serving this data directory. */
function serversOnDataDir(): number[] {
  const ps = spawnSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).stdout;
  return ps
    .split('\n')
    .filter((line) => line.includes('pglite-server') && line.includes(`--db=${dataDir} `))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

const purges = async (url: string) =>
  (await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM children.audit_log WHERE action = 'PURGE'`))[0].n;

beforeAll(async () => {
  stack = await startEmbeddedPostgres({ dataDir, owner: 'npm start' });
}, 60_000);
afterAll(async () => {
  await stack?.stop();
  rmSync(home, { recursive: true, force: true });
});

it('registers the server of a data directory in an exclusive lock beside it', () => {
  const lock = JSON.parse(readFileSync(lockPath(dataDir), 'utf8')) as DataDirLock;
  expect(lock).toMatchObject({ pid: stack!.process.pid, port: stack!.port, url: stack!.url, owner: 'npm start', ownerPid: process.pid, state: 'ready' });
});

it('runs a task on the running stack\'s database, through its port, and leaves that server running', async () => {
  const result = await purge('2020-01-01');
  expect(result.stderr).toContain(`Using the embedded database of the running stack (npm start, pid ${process.pid}, port ${stack!.port}).`);
  expect(result.code).toBe(0);
  // The write and its audit entry are in the stack's database, seen through the stack's own server.
  expect(await purges(stack!.url)).toBe(1);
  expect(serversOnDataDir()).toEqual([stack!.process.pid]);
  expect(stack!.process.exitCode).toBeNull();
  expect(await query(stack!.url, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
}, 60_000);

it('refuses a second npm start on the same data directory, naming the holder', async () => {
  const ports: NodeJS.ProcessEnv = {};
  for (const name of ['PORT', 'PARTNERS_PORT', 'CHILDREN_PORT', 'BUDGETS_PORT', 'INTERVENTIONS_PORT', 'PGLITE_PORT']) ports[name] = String(await freePort());
  const result = await run('start.ts', [], ports);
  expect(result.code).toBe(2);
  expect(result.stdout).toContain(`in use by the embedded PostgreSQL of npm start (pid ${process.pid}; server pid ${stack!.process.pid}, port ${stack!.port})`);
  expect(result.stdout).not.toContain('Starting the subgraphs');
  expect(serversOnDataDir()).toEqual([stack!.process.pid]);
}, 60_000);

it('refuses a task when the holder is alive but does not answer, and writes nothing', async () => {
  stack!.process.kill('SIGSTOP');
  let result: Run;
  try {
    result = await purge('2020-01-02');
    expect(serversOnDataDir()).toEqual([stack!.process.pid]);
  } finally {
    stack!.process.kill('SIGCONT');
  }
  expect(result.code).toBe(2);
  expect(result.stderr).toContain(`but it does not answer on port ${stack!.port}. Nothing was done.`);
  expect(await purges(stack!.url)).toBe(1);
}, 60_000);

it('takes over a lock whose process is gone, and removes its own lock when done', async () => {
  await stack!.stop();
  stack = null;
  expect(existsSync(lockPath(dataDir))).toBe(false);
  // A server that died without cleaning up (SIGKILL, power cut) leaves its lock behind.
  const dead = spawnSync(process.execPath, ['-e', 'process.pid']).pid!;
  writeFileSync(lockPath(dataDir), JSON.stringify({ pid: dead, port: await freePort(), url: 'postgres://gone', owner: 'npm start', ownerPid: dead, state: 'ready', startedAt: new Date().toISOString() }));
  const result = await purge('2020-01-03');
  expect(result.code).toBe(0);
  expect(result.stderr).not.toContain('running stack');
  expect(existsSync(lockPath(dataDir))).toBe(false);
  expect(serversOnDataDir()).toEqual([]);
  // Both purges are in the one database of this directory.
  stack = await startEmbeddedPostgres({ dataDir });
  expect(await purges(stack.url)).toBe(2);
}, 90_000);
