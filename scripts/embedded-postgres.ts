/**
 * The embedded PostgreSQL of the demo and of the tests: PGlite (PostgreSQL compiled to WebAssembly)
 * served over the PostgreSQL wire protocol by pglite-socket (scripts/pglite-server.ts), in a process
 * of its own like a real database server. No installation needed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';

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

export async function startEmbeddedPostgres(options: { dataDir?: string; port?: number } = {}): Promise<EmbeddedPostgres> {
  const port = options.port ?? (await freePort());
  // Our own server script (pglite-socket with a queue that keeps each client's statements together).
  const script = join(__dirname, 'pglite-server.ts');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', script, `--db=${options.dataDir ?? 'memory://'}`, `--port=${port}`, '--host=127.0.0.1', `--max-connections=${EMBEDDED_MAX_CONNECTIONS}`],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
  await waitForPostgres(url, child, () => stderr);
  return {
    url,
    port,
    process: child,
    stop: () => stopProcess(child),
  };
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
