/** The children subgraph, declared once: the kit makes its server and data source from this. */
import { setting } from '@kansrijk/kit';
import { defineKansrijkSubgraph, type KansrijkContext } from '@kansrijk/domain';
import { entities } from './entities';
import { watchFreshness } from './figures/freshness-metrics';
import { startRefreshWorker } from './figures/queue';
import { refreshAll } from './figures/refresh';
import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { hasData, seed } from './seed';
import { exportAuditLog } from './tasks/export-audit-log';
import { exportFigures } from './tasks/export-figures';
import { importPlacements } from './tasks/import-placements';
import { purge } from './tasks/purge';

export const children = defineKansrijkSubgraph({
  name: 'children',
  entities,
  migrations,
  resolvers,
  loaders: createLoaders,
  seed,
  hasData,
  tasks: {
    importers: { placements: importPlacements },
    exporters: { figures: exportFigures, 'audit-log': exportAuditLog },
    commands: {
      purge: (dataSource, args) => purge(dataSource, args),
      'refresh-figures': async (dataSource) => {
        const report = await refreshAll(dataSource);
        return `refresh-figures: ${report.looked} municipality-years, ${report.published} new versions, ${report.unchanged} unchanged, ${report.retired} without data, ${report.sealed} sealed, in ${report.ms} ms`;
      },
    },
  },
  settings: {
    // Seconds a refresh waits after a write, so a burst of writes is published once.
    FIGURES_REFRESH_DELAY_SECONDS: setting.integer(1, { max: 3600 }),
  },
  background: (dataSource, { databaseUrl, log, settings }) =>
    startRefreshWorker(dataSource, { databaseUrl, log, delaySeconds: settings.FIGURES_REFRESH_DELAY_SECONDS as number }),
  // The freshness of the publications on /metrics (docs/operations.md, "Watching").
  metrics: watchFreshness,
  async afterBulkLoad(dataSource) {
    const report = await refreshAll(dataSource);
    return `figures of ${report.looked} municipality-years published in ${(report.ms / 1000).toFixed(1)} s (${report.lpSolves} LP solves)`;
  },
});

/** What every resolver of this subgraph gets. */
export type Context = KansrijkContext<Loaders>;
