/**
 * How current the published figures are, on the children subgraph's `/metrics`: read from the database
 * at every scrape, so every replica reports the same whichever one ran the refresh (queue.ts).
 */
import { collectedGauge, type Registry } from '@kansrijk/kit';
import type { DataSource } from 'typeorm';

interface Freshness {
  stale: number;
  oldest: number | null;
  refreshed: number | null;
}

export function watchFreshness(db: DataSource, registry: Registry): void {
  // One statement per scrape for the three gauges; a scrape reads them one after the other.
  let pending: Promise<Freshness> | null = null;
  const read = () =>
    (pending ??= db
      .query(
        `SELECT (SELECT count(*)::int FROM children.figures_stale) AS stale,
                (SELECT extract(epoch FROM now() - min(marked_at))::float8 FROM children.figures_stale) AS oldest,
                (SELECT extract(epoch FROM max(checked_at))::float8 FROM children.figures_publication WHERE current) AS refreshed`,
      )
      .then(([row]: Freshness[]) => row)
      .finally(() => setImmediate(() => (pending = null))));
  collectedGauge(registry, {
    name: 'kansrijk_children_figures_stale',
    help: 'Municipality-years whose publication waits for the refresh (rows of children.figures_stale)',
    read: async () => [{ value: (await read()).stale }],
  });
  collectedGauge(registry, {
    name: 'kansrijk_children_figures_oldest_stale_age_seconds',
    help: 'How long the oldest waiting municipality-year has waited for its refresh (0 when none waits)',
    read: async () => [{ value: Math.max(0, (await read()).oldest ?? 0) }],
  });
  collectedGauge(registry, {
    name: 'kansrijk_children_figures_last_refresh_timestamp_seconds',
    help: 'When the refresh last published or confirmed a current publication (Unix time)',
    read: async () => {
      const { refreshed } = await read();
      return refreshed === null ? [] : [{ value: refreshed }];
    },
  });
}
