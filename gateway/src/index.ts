import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger, env, intEnv } from '@kansrijk/kit';
import { createGateway } from './server';

const SUBGRAPHS = ['partners', 'children', 'budgets', 'interventions'];

async function main() {
  const log = createLogger('gateway');
  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.filter((name) => process.env[`${name.toUpperCase()}_URL`]).map((name) => [name, process.env[`${name.toUpperCase()}_URL`]!]),
  );
  const production = process.env.NODE_ENV === 'production';
  const gateway = createGateway({
    supergraphSdl: readFileSync(env('SUPERGRAPH_FILE', join(__dirname, '..', '..', 'schemas', 'supergraph.graphql')), 'utf8'),
    subgraphUrls,
    jwtSecret: env('JWT_SECRET'),
    jwtIssuer: process.env.JWT_ISSUER,
    jwtAudience: process.env.JWT_AUDIENCE,
    subgraphSecret: env('SUBGRAPH_SECRET'),
    subgraphTimeoutMs: intEnv('SUBGRAPH_TIMEOUT_MS', 10_000),
    explorer: production ? false : { demoToken: process.env.DEMO_TOKEN },
    logger: log,
  });
  const running = await gateway.listen(intEnv('PORT', 4000), env('HOST', '127.0.0.1'));
  log.info({ url: running.url }, 'gateway listening');
  const stop = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    await running.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
