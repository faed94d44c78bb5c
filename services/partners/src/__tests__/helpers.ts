import type { GraphQLResult, TestSubgraph } from '@kansrijk/kit/src/testing';

/** The subgraph the entry test file started; suites receive this getter because they are declared before it runs. */
export type Subgraph = () => TestSubgraph;

/** Fails with the GraphQL errors in the message, so a broken resolver says why. */
export function dataOf<T>(res: GraphQLResult<T>): T {
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  if (!res.data) throw new Error('no data');
  return res.data;
}

/** A BAD_USER_INPUT error that names the field it is about. */
export function expectBadUserInput(res: GraphQLResult<unknown>, field: string): void {
  expect(res.errors).toHaveLength(1);
  const [error] = res.errors!;
  expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  expect(error.extensions?.field).toBe(field);
  expect(error.message).toContain(field);
}
