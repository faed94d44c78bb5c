import type { DataSource } from 'typeorm';

/** Per-request loaders: each batches every lookup of one kind in a request into one `IN` query. */
export function createLoaders(_db: DataSource) {
  return {};
}

export type Loaders = ReturnType<typeof createLoaders>;
