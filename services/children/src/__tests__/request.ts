import { signedHeaders, type Claims } from '@kansrijk/kit';
import { TEST_SECRET, type GraphQLResult } from '@kansrijk/kit/src/testing';

/**
 * Like the kit's signedQuery, but with the request id and operation name chosen by the test, so the
 * audit log can be checked for them.
 */
export async function request<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  who: Claims,
  ids: { requestId: string; operationName: string | null },
): Promise<GraphQLResult<T>> {
  const body = JSON.stringify({ query, variables });
  const response = await fetch(url, { method: 'POST', headers: signedHeaders(TEST_SECRET, { claims: who, ...ids }, body, url), body });
  return { ...((await response.json()) as GraphQLResult<T>), status: response.status };
}
