/**
 * The refresh job: pg-boss, a maintained job queue on PostgreSQL, so the refresh survives a restart and
 * runs once however many replicas of the children subgraph there are.
 *
 * - A write leaves a stale marker in its own transaction, then asks for a refresh (`figuresChanged`):
 *   one job, `startAfter` a short delay, so a burst of writes costs one refresh. The queue's policy
 *   "stately" keeps at most one job waiting and one running across all replicas.
 * - A schedule every minute asks again, so a marker left by a process that died before it could ask is
 *   picked up anyway; the job itself only reads markers, so running it again is harmless.
 * The queue keeps its tables in the schema `children_jobs`, owned by this subgraph like `children`.
 */
import PgBoss from 'pg-boss';
import type { DataSource } from 'typeorm';
import type { Logger } from '@kansrijk/kit';
import { markAllStale, refreshStale } from './refresh';

export const REFRESH_QUEUE = 'figures-refresh';
const SCHEMA = 'children_jobs';

/** Per data source (tests run several subgraphs in one process), the running worker's trigger. */
const triggers = new WeakMap<DataSource, () => void>();

/** Asks for a refresh after a committed write; without a running worker (a command-line task) it does nothing. */
export function figuresChanged(db: DataSource): void {
  triggers.get(db)?.();
}

export interface RefreshWorker {
  /** Resolves once every marker present now has been refreshed (tests and the bench wait on it). */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

export interface RefreshWorkerOptions {
  databaseUrl: string;
  log: Logger;
  /** Seconds between a write and its refresh: writes within it share one refresh. */
  delaySeconds?: number;
  /** How often an idle worker looks for a job. */
  pollingSeconds?: number;
}

export async function startRefreshWorker(db: DataSource, options: RefreshWorkerOptions): Promise<RefreshWorker> {
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    schema: SCHEMA,
    max: 2,
    application_name: 'kansrijk-children-jobs',
  });
  boss.on('error', (error) => options.log.error({ err: error }, 'refresh queue error'));
  await boss.start();
  // createQueue is not idempotent across replicas starting at once: a duplicate is fine.
  if (!(await boss.getQueue(REFRESH_QUEUE))) await boss.createQueue(REFRESH_QUEUE, { name: REFRESH_QUEUE, policy: 'stately' }).catch(() => undefined);
  const delay = options.delaySeconds ?? 1;
  const ask = () =>
    boss.send(REFRESH_QUEUE, {}, { startAfter: delay, retryLimit: 5, retryDelay: 5, retryBackoff: true }).catch((error) => options.log.error({ err: error }, 'could not queue a refresh'));
  let idle: Promise<void> = Promise.resolve();
  await boss.work(REFRESH_QUEUE, { pollingIntervalSeconds: options.pollingSeconds ?? 1 }, async () => {
    const run = (async () => {
      const report = await refreshStale(db);
      if (report.looked) options.log.info({ refresh: report }, 'figures refreshed');
    })();
    idle = run.catch(() => undefined);
    await run;
  });
  await boss.schedule(REFRESH_QUEUE, '* * * * *', {});
  triggers.set(db, () => void ask());
  // A database migrated from before publications existed (or bulk-loaded) has children but no figures yet.
  const [{ missing }] = await db.query(
    `SELECT EXISTS (SELECT 1 FROM children.child) AND NOT EXISTS (SELECT 1 FROM children.figures_publication) AS missing`,
  );
  if (missing) {
    await markAllStale(db);
    void ask();
  }
  return {
    async settled() {
      for (;;) {
        const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM children.figures_stale`);
        if (n === 0) return idle;
        void ask();
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    async stop() {
      triggers.delete(db);
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
