/**
 * The bench's stock gateway: ApolloServer + ApolloGateway as their documentation sets them up
 * (standalone server, RemoteGraphQLDataSource with its default fetcher, make-fetch-happen), with only
 * what the subgraphs require added: the bearer token checked and the subgraph calls signed.
 */
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { Claims } from '@kansrijk/kit/src/auth';
import { benchGatewayEnv, claimsOf, signedHeaders } from './common';

interface Context {
  claims: Claims | null;
  requestId: string;
  operationName: string | null;
}

const env = benchGatewayEnv();

class SignedSource extends RemoteGraphQLDataSource<Context> {
  private context = new WeakMap<object, Context>();
  constructor(url: string) {
    super({ url });
    const stock = this.fetcher;
    // The body is final only here; the claims ride along in a header set by willSendRequest.
    this.fetcher = (target, init) => {
      const headers = { ...init?.headers };
      const who = headers['x-bench-claims'];
      delete headers['x-bench-claims'];
      if (!who) return stock(target, init);
      return stock(target, { ...init, headers: signedHeaders(env.subgraphSecret, target, headers, String(init?.body ?? ''), JSON.parse(who)) });
    };
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<Context>) {
    if (context.claims) request.http?.headers.set('x-bench-claims', JSON.stringify({ claims: context.claims, requestId: context.requestId, operationName: context.operationName }));
  }
}

async function main() {
  // As ours does (gateway/src/server.ts): no usage report to apollographql.com from the bench either.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(env.supergraphFile, 'utf8'),
    buildService: ({ url }) => new SignedSource(url!),
  });
  const server = new ApolloServer<Context>({ gateway, csrfPrevention: true, introspection: false });
  await startStandaloneServer(server, {
    listen: { port: env.port, host: '127.0.0.1' },
    context: async ({ req }) => {
      const body = (req as unknown as { body?: { operationName?: string } }).body;
      return { claims: await claimsOf(req.headers.authorization, env), requestId: randomUUID(), operationName: body?.operationName ?? null };
    },
  });
  process.stdout.write('listening\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
