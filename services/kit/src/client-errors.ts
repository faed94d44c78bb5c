import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';

function refused(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/**
 * Client mistakes that would otherwise not get a 4xx. A valid document whose operation cannot be picked (an unknown `operationName`, several operations and
 * no name) or whose kind the schema has no root for (a subscription): @apollo/gateway throws these from
 * its executor, which Apollo Server answers with 500 and logs with a stack trace. They are the client's
 * mistake, so they are refused here with 400, before anything is planned. And a `persistedQuery`
 * extension (not offered: `persistedQueries: false`) gets its PERSISTED_QUERY_NOT_SUPPORTED with 400
 * where Apollo answers 200 (the APQ links of Apollo Client stop sending hashes on either).
 */
export function clientErrorsPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          if (!operation) {
            const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
            const name = request.operationName;
            if (name) throw refused(`Unknown operation named ${JSON.stringify(name.slice(0, 100))}.`, 'OPERATION_RESOLUTION_FAILURE');
            throw refused(operations ? 'Must provide operation name if query contains multiple operations.' : 'The document contains no operation.', 'OPERATION_RESOLUTION_FAILURE');
          }
          if (!schema.getRootType(operation.operation)) throw refused(`This endpoint does not support ${operation.operation} operations.`, 'GRAPHQL_VALIDATION_FAILED');
        },
        async willSendResponse({ response }) {
          const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
          if (result && !('data' in result) && result.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_SUPPORTED')) response.http.status = 400;
        },
      };
    },
  };
}
