import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { CursorValue } from './keyset-page';

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

/** The key of a relation field with arguments: whose rows (`owner`, the parent's key) and the field's arguments. */
export interface ArgumentKey<A, O = string> {
  owner: O;
  /** One value (`year`) or an object of several (`{ year, status }`); compared by value, not identity. */
  argument: A;
}

/**
 * A one-to-many loader for fields with arguments (`budgetPlans(year)`): the batch groups its keys by
 * argument value and runs one `owner IN (...)` query per distinct value, so a page of municipalities
 * asking for the same year costs one query, whatever its length. Rows go back to the key of their
 * owner and the argument they were fetched for; keys without rows get an empty list.
 */
export function groupedByArgument<A, V, O = string>(
  fetch: (argument: A, owners: O[]) => Promise<V[]>,
  ownerOf: (row: V) => O,
): DataLoader<ArgumentKey<A, O>, V[], string> {
  const groupKey = (owner: O, argument: unknown) => JSON.stringify([owner, argument ?? null]);
  return new DataLoader<ArgumentKey<A, O>, V[], string>(
    async (keys) => {
      // By JSON, not identity: `{ year: 2023 }` twice is one argument set (and 2023 is not '2023').
      const parts = [...partition(keys, (key) => JSON.stringify(key.argument ?? null))].map(([, ks]) => ks);
      const results = await Promise.all(parts.map((ks) => fetch((ks[0].argument ?? null) as A, [...new Set(ks.map((k) => k.owner))])));
      const groups = new Map<string, V[]>();
      parts.forEach((ks, i) => {
        for (const row of results[i]) {
          const k = groupKey(ownerOf(row), ks[0].argument);
          const group = groups.get(k);
          if (group) group.push(row);
          else groups.set(k, [row]);
        }
      });
      return keys.map((key) => groups.get(groupKey(key.owner, key.argument)) ?? []);
    },
    { cacheKeyFn: (key) => groupKey(key.owner, key.argument) },
  );
}

/** `loadMany` that fails like `load`: DataLoader returns per-key errors in the list instead of throwing. */
export async function loadAll<K, V, C>(loader: DataLoader<K, V, C>, keys: readonly K[]): Promise<V[]> {
  const results = await loader.loadMany(keys);
  return results.map((result) => {
    if (result instanceof Error) throw result;
    return result;
  });
}

/**
 * Adds every column of `entity` (joined as `alias`) to a raw select under its property name, so a raw
 * row reads like the entity. Loaders that reach an entity through a link table use raw rows because
 * `getMany()` merges an entity reached through two keys of one batch into a single object.
 */
export function selectEntityColumns<Q extends ObjectLiteral>(
  qb: SelectQueryBuilder<Q>,
  db: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
): SelectQueryBuilder<Q> {
  for (const column of db.getMetadata(entity).columns) qb.addSelect(`${alias}.${column.propertyPath}`, column.propertyName);
  return qb;
}

/** A keyset page of a relation, per parent: the rows after the cursor's sort key, at most `limit`. */
export interface PageArgument {
  after: CursorValue[] | null;
  limit: number;
}

/**
 * The first `limit` rows of every group of `ranked`, in one statement: `ranked` selects its rows with
 * `row_number() OVER (PARTITION BY <parent> ORDER BY <sort key>) AS position`, and this keeps the rows
 * numbered up to `limit`, in that order. A LIMIT would cut the whole batch of parents instead of each
 * parent's list, which is what a page of a relation on many parents needs (`groupedByArgument`).
 */
export function firstRowsPerGroup<T>(db: DataSource, ranked: SelectQueryBuilder<ObjectLiteral>, limit: number): Promise<T[]> {
  return db
    .createQueryBuilder()
    .select('ranked.*')
    .from(`(${ranked.getQuery()})`, 'ranked')
    .where('ranked.position <= :limit')
    .setParameters({ ...ranked.getParameters(), limit })
    .orderBy('ranked.position')
    .getRawMany<T>();
}
