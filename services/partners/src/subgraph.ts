/** The partners subgraph, declared once: the kit makes its server, data source and entry from this. */
import { join } from 'node:path';
import { defineSubgraph, type SubgraphContext } from '@kansrijk/kit';
import { subgraphEntry, viewerOf, type Viewer } from '@kansrijk/domain';
import { entities } from './entities';
import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { hasData, seed } from './seed';
import { importNeighbourhoods } from './registers/importNeighbourhoods';
import { importOrganisations } from './registers/importOrganisations';

export const partners = defineSubgraph({
  name: 'partners',
  port: subgraphEntry('partners').port,
  schema: join(__dirname, '..', 'schema.graphql'),
  entities,
  migrations,
  resolvers,
  loaders: createLoaders,
  viewer: viewerOf,
  seed,
  hasData,
  tasks: { importers: { organisations: importOrganisations, neighbourhoods: importNeighbourhoods } },
});

/** What every resolver of this subgraph gets. */
export type Context = SubgraphContext<Loaders, Viewer>;
