import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

/** The error codes a client may see. Anything else is an internal failure and is masked. */
export const PUBLIC_ERROR_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_LIMIT_EXCEEDED',
  // A write that kept colliding with concurrent writes of the same records (see writeTransaction).
  'CONFLICT',
  // Another subgraph a write must consult could not answer (kit's references.ts); the message names no host.
  'SERVICE_UNAVAILABLE',
]);

/** The extension keys a client may see on an error. */
export const PUBLIC_EXTENSION_KEYS = new Set(['code', 'field', 'requestId']);

export function unauthenticated(message = 'A valid bearer token is required'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(message = 'You are not allowed to see this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/** Bad input names the field it is about, so a form can show the message next to it. */
export function badUserInput(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', field } });
}

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} not found`, { extensions: { code: 'NOT_FOUND' } });
}

/**
 * Apollo `formatError`: errors with a public code pass with their message (never a stack trace);
 * everything else (SQL errors, bugs, network failures) becomes a generic internal error so that no
 * SQL, stack trace or host name reaches a client. The original goes to `onInternal` for the logs.
 */
/**
 * A message without what a client could learn of a schema it cannot introspect: graphql-js suggests
 * names ("Did you mean the enum value "MOVED"?") in validation and in variable coercion alike, and
 * names required input fields the client did not send ('Field "amount" of required type "Decimal!"
 * was not provided.'). Production answers say only that such a field is missing.
 */
export function withoutSchemaDetails(message: string): string {
  return message
    .replace(/\s*Did you mean [^?]*\?/g, '')
    .replace(/Field "[^"]+" of required type "[^"]+" was not provided\./g, 'A required input field was not provided.');
}

export function maskError(onInternal?: (error: unknown) => void, options: { hideSchemaDetails?: boolean } = {}) {
  const clean = options.hideSchemaDetails ? withoutSchemaDetails : (message: string) => message;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const requestId = formatted.extensions?.requestId;
    if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) {
      // Only allow-listed extensions pass: a subgraph's `serviceName`, `response` (with its URL),
      // `exception` or `stacktrace` must not reach the client.
      const extensions = Object.fromEntries(
        Object.entries(formatted.extensions ?? {}).filter(([key]) => PUBLIC_EXTENSION_KEYS.has(key)),
      );
      // A scalar cannot know where its value sits; graphql-js puts the path in the message
      // ('Variable "$input" got invalid value ... at "input.joinedOn"'): name that field.
      if (code === 'BAD_USER_INPUT') {
        const at = /Variable "\$(\w+)" got invalid value.*?(?: at "([^"]+)")?;/.exec(formatted.message);
        if (at) extensions.field = at[2] ?? at[1];
      }
      return { message: clean(formatted.message), ...(formatted.path ? { path: formatted.path } : {}), ...(formatted.locations ? { locations: formatted.locations } : {}), extensions };
    }
    onInternal?.(unwrapResolverError(error));
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) },
    };
  };
}

/**
 * An unpaged list past its cap: refused (OPERATION_LIMIT_EXCEEDED, as the gateway's limits), naming the
 * paged field to use instead. A plain list stays for clients that read a small set whole, but it must not
 * grow with the country unbounded.
 */
export function tooManyToList(what: string, max: number, paged: string): GraphQLError {
  return new GraphQLError(`${what}: more than ${max}; page through them with ${paged}`, { extensions: { code: 'OPERATION_LIMIT_EXCEEDED' } });
}
