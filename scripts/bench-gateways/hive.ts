/**
 * The bench's Hive Gateway (@graphql-hive/gateway's runtime, as `hive-gateway supergraph` runs it), with
 * the Rust query planner (@graphql-hive/router-runtime) when HIVE_PLANNER=rust. In-flight deduplication is
 * off at both levels (incoming requests and subgraph calls), as Kansrijk's gateway has none; the bearer
 * token is checked and every subgraph call signed in an onFetch hook, as the subgraphs require.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import type { Claims } from '@kansrijk/kit/src/auth';
import { benchGatewayEnv, claimsOf, signedHeaders } from './common';

const env = benchGatewayEnv();

interface BenchContext {
  /** The token's claims, being checked while the runtime parses and plans. */
  claims?: Promise<Claims | null>;
  requestId?: string;
}

const signing: GatewayPlugin<BenchContext> = {
  async onFetch({ url, options, setOptions, context }) {
    const claims = 'claims' in context ? await context.claims : null;
    if (!claims) return;
    const raw = options.headers ?? {};
    const headers: Record<string, string> = raw instanceof Headers ? Object.fromEntries(raw.entries()) : { ...(raw as Record<string, string>) };
    setOptions({ ...options, headers: signedHeaders(env.subgraphSecret, url, headers, String(options.body ?? ''), { claims, requestId: 'requestId' in context ? context.requestId : undefined }) });
  },
};

async function main() {
  const runtime = createGatewayRuntime<BenchContext>({
    supergraph: readFileSync(env.supergraphFile, 'utf8'),
    ...(process.env.HIVE_PLANNER === 'rust' ? { unifiedGraphHandler } : {}),
    transportEntries: { '*': { options: { deduplicateInflightRequests: false } } },
    inboundInflightRequestDeduplication: false,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    logging: false,
    plugins: () => [signing],
  });
  // The token check runs beside the runtime's parsing and planning; the signing hook waits for its result.
  const server = createServer((req, res) => {
    void runtime(req, res, { claims: claimsOf(req.headers.authorization, env), requestId: randomUUID() });
  });
  server.keepAliveTimeout = 65_000;
  server.listen(env.port, '127.0.0.1', () => process.stdout.write('listening\n'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
