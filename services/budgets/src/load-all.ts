import type DataLoader from 'dataloader';

/** `loadMany` that fails like `load`: DataLoader returns per-key errors in the list instead of throwing. */
export async function loadAll<K, V, C>(loader: DataLoader<K, V, C>, keys: readonly K[]): Promise<V[]> {
  const results = await loader.loadMany(keys);
  return results.map((result) => {
    if (result instanceof Error) throw result;
    return result;
  });
}
