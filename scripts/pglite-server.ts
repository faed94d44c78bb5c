/**
 * The embedded PostgreSQL server: PGlite served over the wire protocol with pglite-socket, in its own
 * process, like a real server. Usage: pglite-server.ts --db=<dir|memory://> --port=<n> [--max-connections=<n>]
 * [--owner=<who started it>]. On a directory it first registers itself in <dir>.lock.json
 * (scripts/data-dir-lock.ts) and exits with EXIT_DATA_DIR_HELD when another live server holds it.
 *
 * PGlite is one session. pglite-socket's multiplexer runs each protocol message of each connection in
 * turn, so with several clients one client's Parse can land between another's Parse and Bind ("unnamed
 * prepared statement does not exist", seen when four subgraphs migrate at once). This queue keeps each
 * client's extended-protocol messages together up to its Sync, and lets only the connection that
 * opened a transaction run until it ends.
 */
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { EXIT_DATA_DIR_HELD, claimDataDir, embeddedUrl, releaseDataDir, updateLock, type DataDirLock } from './data-dir-lock';

/** Parse, Bind, Describe, Execute, Close: held until the Sync (or Flush) that ends them. */
const HELD = new Set(['P', 'B', 'D', 'E', 'C'].map((c) => c.charCodeAt(0)));

interface Job {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
}

export class BatchingQueue {
  private held = new Map<number, Uint8Array[]>();
  private jobs: Job[] = [];
  private running = false;
  private owner: number | null = null;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    if (HELD.has(message[0])) {
      const list = this.held.get(handlerId) ?? [];
      list.push(message);
      this.held.set(handlerId, list);
      return Promise.resolve(0);
    }
    const parts = [...(this.held.get(handlerId) ?? []), message];
    this.held.delete(handlerId);
    const batch = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const part of parts) {
      batch.set(part, offset);
      offset += part.length;
    }
    return new Promise((resolve, reject) => {
      this.jobs.push({ handlerId, message: batch, onData, resolve, reject });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.jobs.length) {
        // Inside a transaction only its own connection may run; the others wait for COMMIT/ROLLBACK.
        const index = this.owner !== null ? this.jobs.findIndex((j) => j.handlerId === this.owner) : 0;
        if (index === -1) break;
        const [job] = this.jobs.splice(index, 1);
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(job.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                job.onData(data);
              },
            }),
          );
          job.resolve(bytes);
        } catch (error) {
          job.reject(error);
        }
        this.owner = this.db.isInTransaction() ? job.handlerId : null;
      }
    } finally {
      this.running = false;
    }
  }

  clearQueueForHandler(handlerId: number): void {
    this.held.delete(handlerId);
    this.jobs = this.jobs.filter((job) => {
      if (job.handlerId !== handlerId) return true;
      job.reject(new Error('Handler disconnected'));
      return false;
    });
  }

  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner === handlerId) {
      if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
      this.owner = null;
    }
    void this.drain();
  }

  getQueueLength(): number {
    return this.jobs.length;
  }
}

function option(name: string, fallback: string): string {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
}

async function main() {
  const dataDir = option('db', 'memory://');
  const port = Number(option('port', '5432'));
  const host = option('host', '127.0.0.1');
  const onDisk = dataDir !== 'memory://';
  const lock: DataDirLock = {
    pid: process.pid,
    port,
    url: embeddedUrl(port, host),
    owner: option('owner', 'a script'),
    ownerPid: process.ppid,
    state: 'starting',
    startedAt: new Date().toISOString(),
  };
  if (onDisk) {
    // Before PGlite touches the files: a second server on them would silently fork the database.
    const claim = await claimDataDir(dataDir, lock);
    if (!claim.claimed) {
      const { holder } = claim;
      process.stderr.write(`${dataDir} is held by the embedded PostgreSQL of ${holder.owner} (server pid ${holder.pid}, port ${holder.port})\n`);
      process.exit(EXIT_DATA_DIR_HELD);
    }
    // Also on a crash or process.exit; a SIGKILL leaves the lock, which the next opener finds stale.
    process.on('exit', () => releaseDataDir(dataDir, process.pid));
  }
  const db = await PGlite.create(onDisk ? dataDir : undefined);
  const server = new PGLiteSocketServer({ db, port, host, maxConnections: Number(option('max-connections', '64')) });
  // The server builds its own per-message queue; every connection it accepts uses this one instead.
  (server as unknown as { queryQueue: BatchingQueue }).queryQueue = new BatchingQueue(db);
  await server.start();
  if (onDisk) updateLock(dataDir, { ...lock, state: 'ready' });
  const stop = async () => {
    await server.stop();
    await db.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`${(error as Error).stack ?? error}\n`);
    process.exit(1);
  });
}
