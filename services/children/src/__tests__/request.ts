import { CONTEXT_HEADER, SIGNATURE_HEADER, encodeEnvelope, signRequest, type Claims } from '@kansrijk/kit';
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
  const envelope = encodeEnvelope({ claims: who, requestId: ids.requestId, operationName: ids.operationName, iat: Math.floor(Date.now() / 1000) });
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: envelope, [SIGNATURE_HEADER]: signRequest(TEST_SECRET, envelope, body) },
    body,
  });
  return { ...((await response.json()) as GraphQLResult<T>), status: response.status };
}
