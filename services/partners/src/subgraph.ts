/** The partners subgraph, declared once: the kit makes its server and data source from this. */
import { defineKansrijkSubgraph, type KansrijkContext } from '@kansrijk/domain';
import { entities } from './entities';
import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { hasData, seed } from './seed';
import { importMunicipalities } from './tasks/import-municipalities';
import { importNeighbourhoods } from './tasks/import-neighbourhoods';
import { importOrganisations } from './tasks/import-organisations';

export const partners = defineKansrijkSubgraph({
  name: 'partners',
  entities,
  migrations,
  resolvers,
  loaders: createLoaders,
  seed,
  hasData,
  tasks: { importers: { municipalities: importMunicipalities, organisations: importOrganisations, neighbourhoods: importNeighbourhoods } },
});

/** What every resolver of this subgraph gets. */
export type Context = KansrijkContext<Loaders>;
