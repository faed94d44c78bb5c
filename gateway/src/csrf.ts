/**
 * Apollo's CSRF prevention stays the only judge of which requests pass; this only rewrites its refusal.
 * Its own message lists the content types that are *not* accepted, which leaves a client author (urql
 * sends queries as GET by default) to work out what is; ours says what to send.
 */
import type { GraphQLFormattedError } from 'graphql';

export const CSRF_MESSAGE =
  'This request was blocked as a possible cross-site request forgery (CSRF). ' +
  'Send a POST with the header Content-Type: application/json, ' +
  'or add the header apollo-require-preflight: true (or x-apollo-operation-name: <operation name>) to a GET. ' +
  'See docs/clients.md.';

/** How Apollo Server (5.x, preventCsrf) starts its message; the CSRF tests fail if that ever changes. */
const APOLLO_CSRF_PREFIX = 'This operation has been blocked as a potential Cross-Site Request Forgery';

export function explainCsrf(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions?.code !== 'BAD_REQUEST' || !formatted.message.startsWith(APOLLO_CSRF_PREFIX)) return formatted;
  return { ...formatted, message: CSRF_MESSAGE };
}
