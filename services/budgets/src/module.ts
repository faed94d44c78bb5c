import type { SubgraphModule } from '@kansrijk/kit';
import { createDataSource } from './data-source';
import type { Loaders } from './loaders';
import { hasData, seed } from './seed';
import { definition } from './server';

export const budgets: SubgraphModule<Loaders> = {
  name: 'budgets',
  defaultPort: 4003,
  definition,
  createDataSource,
  seed,
  hasData,
};
