import type { SubgraphModule } from '@kansrijk/kit';
import { createDataSource } from './data-source';
import type { Loaders } from './loaders';
import { importNeighbourhoods } from './registers/importNeighbourhoods';
import { importOrganisations } from './registers/importOrganisations';
import { hasData, seed } from './seed';
import { definition } from './server';

export const partners: SubgraphModule<Loaders> = {
  name: 'partners',
  defaultPort: 4001,
  definition,
  createDataSource,
  seed,
  hasData,
  tasks: { importers: { organisations: importOrganisations, neighbourhoods: importNeighbourhoods } },
};
