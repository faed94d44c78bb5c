import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders (never module-level: a cache must not outlive the request, or one user's
 * rows could be served to another). The batch function runs one `WHERE key IN (...)` query; results
 * are put back in the order of the keys, as DataLoader requires.
 */
export function keyedLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V | null, string> {
  return new DataLoader<K, V | null, string>(
    async (keys) => {
      const rows = await fetch(keys);
      const byKey = new Map<string, V>();
      for (const row of rows) byKey.set(cacheKey(keyOf(row)), row);
      return keys.map((key) => byKey.get(cacheKey(key)) ?? null);
    },
    { cacheKeyFn: cacheKey },
  );
}

/**
 * Loads the row a non-null field refers to. A missing row is broken data (these keys carry no foreign
 * key across every table), so it fails naming the key instead of as graphql-js's anonymous "Cannot
 * return null for non-nullable field"; the server masks it as INTERNAL_SERVER_ERROR and logs it.
 */
export async function loadExisting<K, V>(loader: DataLoader<K, V | null, string>, key: K, what: string): Promise<V> {
  const row = await loader.load(key);
  if (row === null) throw new Error(`${what} ${cacheKey(key)} does not exist`);
  return row;
}

/** A loader for one-to-many relations: every key gets the (possibly empty) list of its rows. */
export function groupedLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V[], string> {
  return new DataLoader<K, V[], string>(
    async (keys) => {
      const rows = await fetch(keys);
      const groups = new Map<string, V[]>();
      for (const row of rows) {
        const k = cacheKey(keyOf(row));
        const group = groups.get(k);
        if (group) group.push(row);
        else groups.set(k, [row]);
      }
      return keys.map((key) => groups.get(cacheKey(key)) ?? []);
    },
    { cacheKeyFn: cacheKey },
  );
}

/** Keys may be composite (`{ code, year }`); strings and numbers are used as they are. */
export function cacheKey(key: unknown): string {
  return typeof key === 'string' ? key : JSON.stringify(key);
}

/** Groups composite keys by one of their parts, so a batch can run one query per distinct part. */
export function partition<K, P>(keys: readonly K[], part: (key: K) => P): Map<P, K[]> {
  const out = new Map<P, K[]>();
  for (const key of keys) {
    const p = part(key);
    const list = out.get(p);
    if (list) list.push(key);
    else out.set(p, [key]);
  }
  return out;
}
