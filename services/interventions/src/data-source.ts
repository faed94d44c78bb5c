import { createDataSource as createKitDataSource } from '@kansrijk/kit';
import { entities } from './entities';
import { migrations } from './migrations';

export const SCHEMA = 'interventions';

export function createDataSource(url: string) {
  return createKitDataSource({ schema: SCHEMA, url, entities, migrations });
}
