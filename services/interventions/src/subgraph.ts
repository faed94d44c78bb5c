/** The interventions subgraph, declared once: the kit makes its server, data source and entry from this. */
import { join } from 'node:path';
import { defineSubgraph, type SubgraphContext } from '@kansrijk/kit';
import { subgraphEntry, viewerOf, type Viewer } from '@kansrijk/domain';
import { entities } from './entities';
import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { hasData, seed } from './seed';

export const interventions = defineSubgraph({
  name: 'interventions',
  port: subgraphEntry('interventions').port,
  schema: join(__dirname, '..', 'schema.graphql'),
  entities,
  migrations,
  resolvers,
  loaders: createLoaders,
  viewer: viewerOf,
  seed,
  hasData,
});

/** What every resolver of this subgraph gets. */
export type Context = SubgraphContext<Loaders, Viewer>;
