import { keyedLoader } from '@kansrijk/kit';
import { In, type DataSource } from 'typeorm';
import { Municipality } from './entities';

/** Per-request loaders: each batches every lookup of one kind in a request into one `IN` query. */
export function createLoaders(db: DataSource) {
  return {
    municipality: keyedLoader(
      (codes: readonly string[]) => db.getRepository(Municipality).findBy({ code: In([...codes]) }),
      (m) => m.code,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
