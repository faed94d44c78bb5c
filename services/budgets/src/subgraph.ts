/** The budgets subgraph, declared once: the kit makes its server, data source and entry from this. */
import { join } from 'node:path';
import { defineSubgraph, type SubgraphContext } from '@kansrijk/kit';
import { subgraphEntry, viewerOf, type Viewer } from '@kansrijk/domain';
import { entities } from './entities';
import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { hasData, seed } from './seed';
import { exportBudget } from './csv/exportBudget';
import { importBudget } from './csv/importBudget';

export const budgets = defineSubgraph({
  name: 'budgets',
  port: subgraphEntry('budgets').port,
  schema: join(__dirname, '..', 'schema.graphql'),
  entities,
  migrations,
  resolvers,
  loaders: createLoaders,
  viewer: viewerOf,
  seed,
  hasData,
  tasks: {
    importers: { budget: importBudget },
    exporters: { budget: exportBudget },
  },
});

/** What every resolver of this subgraph gets. */
export type Context = SubgraphContext<Loaders, Viewer>;
