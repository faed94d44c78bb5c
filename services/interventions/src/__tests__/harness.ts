import { queryCounter } from '@kansrijk/kit';
import type { TestSubgraph } from '@kansrijk/kit/src/testing';

/**
 * The suites share one subgraph (one schema, migrated and seeded once): jest may run test files in
 * parallel, and two files dropping the same schema would trip over each other.
 */
export type Subgraph = () => TestSubgraph;

/** Runs a query that must succeed and returns its data. */
export async function data<T>(sg: Subgraph, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await sg().query<T>(query, variables);
  expect(res.errors).toBeUndefined();
  expect(res.status).toBe(200);
  return res.data as T;
}

/** How many SQL statements this subgraph ran during `run`. */
export async function statementsDuring(run: () => Promise<unknown>): Promise<number> {
  const before = queryCounter.counts.get('interventions') ?? 0;
  await run();
  return (queryCounter.counts.get('interventions') ?? 0) - before;
}
