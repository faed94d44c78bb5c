import { intEnv, type SubgraphModule } from '@kansrijk/kit';
import { createDataSource } from './data-source';
import { startRefreshWorker } from './figures/queue';
import { refreshAll } from './figures/refresh';
import type { Loaders } from './loaders';
import { hasData, seed } from './seed';
import { definition } from './server';
import { exportFigures } from './tasks/export-figures';
import { importPlacements } from './tasks/import-placements';
import { purge } from './tasks/purge';

export const children: SubgraphModule<Loaders> = {
  name: 'children',
  defaultPort: 4002,
  definition,
  createDataSource,
  seed,
  hasData,
  tasks: {
    importers: { placements: importPlacements },
    exporters: { figures: exportFigures },
    commands: {
      purge: (dataSource, args) => purge(dataSource, args),
      'refresh-figures': async (dataSource) => {
        const report = await refreshAll(dataSource);
        return `refresh-figures: ${report.looked} municipality-years, ${report.published} new versions, ${report.unchanged} unchanged, ${report.retired} without data, ${report.sealed} sealed, in ${report.ms} ms`;
      },
    },
  },
  background: (dataSource, { databaseUrl, log }) =>
    startRefreshWorker(dataSource, { databaseUrl, log, delaySeconds: intEnv('FIGURES_REFRESH_DELAY_SECONDS', 1) }),
  async afterBulkLoad(dataSource) {
    const report = await refreshAll(dataSource);
    return `figures of ${report.looked} municipality-years published in ${(report.ms / 1000).toFixed(1)} s (${report.lpSolves} LP solves)`;
  },
};
