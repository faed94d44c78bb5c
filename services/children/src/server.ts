import { join } from 'node:path';
import { createSubgraphServer, loadTypeDefs, type SubgraphDefinition, type SubgraphServerOptions } from '@kansrijk/kit';
import { createLoaders, type Loaders } from './loaders';
import { resolvers } from './resolvers';

export const definition: SubgraphDefinition<Loaders> = {
  name: 'children',
  typeDefs: loadTypeDefs(join(__dirname, '..', 'schema.graphql')),
  resolvers,
  createLoaders,
};

export function createServer(options: SubgraphServerOptions) {
  return createSubgraphServer(definition, options);
}
