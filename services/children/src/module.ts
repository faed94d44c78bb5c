import type { SubgraphModule } from '@kansrijk/kit';
import { createDataSource } from './data-source';
import type { Loaders } from './loaders';
import { hasData, seed } from './seed';
import { definition } from './server';
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
    commands: { purge: (dataSource, args) => purge(dataSource, args) },
  },
};
