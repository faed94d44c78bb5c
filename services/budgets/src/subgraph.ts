/** The budgets subgraph, declared once: the kit makes its server and data source from this. */
import { defineKansrijkSubgraph, type KansrijkContext } from '@kansrijk/domain';
import { entities } from './entities';
import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { hasData, seed } from './seed';
import { exportBudget } from './tasks/export-budget';
import { importBudget } from './tasks/import-budget';

export const budgets = defineKansrijkSubgraph({
  name: 'budgets',
  entities,
  migrations,
  resolvers,
  loaders: createLoaders,
  seed,
  hasData,
  tasks: {
    importers: { budget: importBudget },
    exporters: { budget: exportBudget },
  },
});

/** What every resolver of this subgraph gets. */
export type Context = KansrijkContext<Loaders>;
