/** The interventions subgraph, declared once: the kit makes its server and data source from this. */
import { defineKansrijkSubgraph, type KansrijkContext } from '@kansrijk/domain';
import { entities } from './entities';
import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { hasData, seed } from './seed';

export const interventions = defineKansrijkSubgraph({
  name: 'interventions',
  entities,
  migrations,
  resolvers,
  loaders: createLoaders,
  seed,
  hasData,
});

/** What every resolver of this subgraph gets. */
export type Context = KansrijkContext<Loaders>;
