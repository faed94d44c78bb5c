import type { SubgraphModule } from '@kansrijk/kit';
import { createDataSource } from './data-source';
import type { Loaders } from './loaders';
import { hasData, seed } from './seed';
import { definition } from './server';

export const children: SubgraphModule<Loaders> = {
  name: 'children',
  defaultPort: 4002,
  definition,
  createDataSource,
  seed,
  hasData,
};
