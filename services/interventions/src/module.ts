import type { SubgraphModule } from '@kansrijk/kit';
import { createDataSource } from './data-source';
import type { Loaders } from './loaders';
import { hasData, seed } from './seed';
import { definition } from './server';

export const interventions: SubgraphModule<Loaders> = {
  name: 'interventions',
  defaultPort: 4004,
  definition,
  createDataSource,
  seed,
  hasData,
};
