/**
 * The embedded PostgreSQL of the demo and of the tests: PGlite (PostgreSQL compiled to WebAssembly)
 * served over the PostgreSQL wire protocol by pglite-socket (scripts/pglite-server.ts), in a process
 * of its own like a real database server. No installation needed.
 *
 * One data directory has one server (scripts/data-dir-lock.ts): a task finds the running stack's
 * server through the lock and connects to its port instead of opening the files a second time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { EXIT_DATA_DIR_HELD, embeddedUrl, isAlive, readLock, releaseDataDir, type DataDirLock } from './data-dir-lock';

export interface EmbeddedPostgres {
  url: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** Connections the four subgraph pools and a migration client may hold at once, with room to spare. */
export const EMBEDDED_MAX_CONNECTIONS = 64;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Another live server holds the data directory (or holds it and does not answer). */
export class DataDirInUseError extends Error {
  constructor(
    message: string,
    readonly holder: DataDirLock,
  ) {
    super(message);
  }
}

/**
 * Starts a server on `dataDir` (memory:// without it). `owner` names the starter in the lock, for the
 * messages of whoever finds it there. Throws DataDirInUseError when another live server holds the directory.
 */
export async function startEmbeddedPostgres(options: { dataDir?: string; port?: number; owner?: string } = {}): Promise<EmbeddedPostgres> {
  const port = options.port ?? (await freePort());
  // Our own server script (pglite-socket with a queue that keeps each client's statements together).
  const script = join(__dirname, 'pglite-server.ts');
  const args = [`--db=${options.dataDir ?? 'memory://'}`, `--port=${port}`, '--host=127.0.0.1', `--max-connections=${EMBEDDED_MAX_CONNECTIONS}`];
  if (options.owner) args.push(`--owner=${options.owner}`);
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  const url = embeddedUrl(port);
  try {
    await waitForPostgres(url, child, () => stderr);
  } catch (error) {
    const holder = options.dataDir ? readLock(options.dataDir) : null;
    if (child.exitCode === EXIT_DATA_DIR_HELD && holder) throw new DataDirInUseError(heldMessage(options.dataDir!, holder), holder);
    await stopProcess(child);
    throw error;
  }
  return {
    url,
    port,
    process: child,
    stop: async () => {
      await stopProcess(child);
      // The server removes its lock when it stops; not when it had to be killed.
      if (options.dataDir && child.pid) releaseDataDir(options.dataDir, child.pid);
    },
  };
}

function heldMessage(dataDir: string, holder: DataDirLock): string {
  return (
    `${dataDir} is in use by the embedded PostgreSQL of ${holder.owner} (pid ${holder.ownerPid}; server pid ${holder.pid}, port ${holder.port}). ` +
    `Stop it first (Ctrl-C in its terminal, or kill ${holder.ownerPid}), or set KANSRIJK_DATA_DIR to another directory.`
  );
}

async function answers(url: string, timeoutMs = 3000): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The live server registered on `dataDir`, once it accepts connections; null when there is none (or
 * only a stale lock, which the next server takes over). Throws DataDirInUseError when its process is
 * alive but its port does not answer: its files are in use, and a second server on them is never safe.
 */
export async function runningEmbeddedPostgres(dataDir: string, startingMs = 60_000): Promise<DataDirLock | null> {
  const deadline = Date.now() + startingMs;
  let lock = readLock(dataDir);
  // A server still starting (first start, migrations of a large directory) is waited for.
  while (lock && lock.state === 'starting' && isAlive(lock.pid) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    lock = readLock(dataDir);
  }
  if (!lock || !isAlive(lock.pid)) return null;
  if (lock.state === 'ready' && (await answers(lock.url))) return lock;
  throw new DataDirInUseError(
    `${dataDir} is held by the embedded PostgreSQL of ${lock.owner} (pid ${lock.ownerPid}; server pid ${lock.pid}, port ${lock.port}), ` +
      `but it does not answer on port ${lock.port}. Nothing was done. Stop or restart that process (kill ${lock.pid}); ` +
      `if it is not a Kansrijk database server at all, delete ${dataDir}.lock.json.`,
    lock,
  );
}

export interface TaskDatabase {
  url: string;
  /** Stops the server the task started itself; never the running stack's. */
  close(): Promise<void>;
}

/**
 * The database of a command-line task: DATABASE_URL when set; otherwise the embedded database in
 * `dataDir`, through the port of the server that already runs on it (`npm start`), or a server of the
 * task's own when none does. `say` gets the one line saying which.
 */
export async function openTaskDatabase(
  dataDir: string,
  options: { owner?: string; say?: (line: string) => void; env?: NodeJS.ProcessEnv } = {},
): Promise<TaskDatabase> {
  const env = options.env ?? process.env;
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, close: async () => undefined };
  // stderr: an export writes its data to stdout.
  const say = options.say ?? ((line: string) => process.stderr.write(`${line}\n`));
  for (let attempt = 0; ; attempt++) {
    const running = await runningEmbeddedPostgres(dataDir);
    if (running) {
      say(`Using the embedded database of the running stack (${running.owner}, pid ${running.ownerPid}, port ${running.port}).`);
      return { url: running.url, close: async () => undefined };
    }
    try {
      const own = await startEmbeddedPostgres({ dataDir, owner: options.owner ?? 'a task' });
      return { url: own.url, close: own.stop };
    } catch (error) {
      // Another opener registered between our look and our start: use it instead (once).
      if (!(error instanceof DataDirInUseError) || attempt > 0) throw error;
    }
  }
}

async function waitForPostgres(url: string, child: ChildProcess, stderr: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pglite-server exited with ${child.exitCode}: ${stderr()}`);
    const client = new Client({ connectionString: url });
    try {
      await client.connect();
      await client.query('SELECT 1');
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`pglite-server did not accept connections within ${timeoutMs} ms: ${stderr()}`);
}

export function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', graceMs = 5000): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}
