import DataLoader from 'dataloader';
import { partition } from '@kansrijk/kit';

/** The key of a relation field with an argument: whose rows (`owner`) and the argument's value. */
export interface ArgumentKey<A> {
  owner: string;
  argument: A;
}

const groupKey = (owner: string, argument: unknown) => JSON.stringify([owner, argument ?? null]);

/**
 * A one-to-many loader for fields with an argument (`budgetPlans(year)`): the batch groups its keys
 * by argument value and runs one `owner IN (...)` query per distinct value, so a page of
 * municipalities asking for the same year costs one query, whatever its length.
 */
export function groupedByArgument<A extends string | number | null, V>(
  fetch: (argument: A, owners: string[]) => Promise<V[]>,
  ownerOf: (row: V) => string,
): DataLoader<ArgumentKey<A>, V[], string> {
  return new DataLoader<ArgumentKey<A>, V[], string>(
    async (keys) => {
      const groups = new Map<string, V[]>();
      const parts = [...partition(keys, (key) => key.argument ?? null)];
      const results = await Promise.all(
        parts.map(([argument, ks]) => fetch(argument as A, [...new Set(ks.map((k) => k.owner))])),
      );
      parts.forEach(([argument], i) => {
        for (const row of results[i]) {
          const k = groupKey(ownerOf(row), argument);
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
