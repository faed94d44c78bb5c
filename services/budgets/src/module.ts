import type { SubgraphModule } from '@kansrijk/kit';
import { exportBudget } from './csv/exportBudget';
import { importBudget } from './csv/importBudget';
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
  tasks: {
    importers: { budget: importBudget },
    exporters: { budget: exportBudget },
  },
};
