import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger, env, intEnv, isProduction, productionSecret } from '@kansrijk/kit';
import { GATEWAY_PORT, SUBGRAPHS, urlVariable } from '@kansrijk/domain/src/registry';
import { limitsFromEnv } from './limits';
import { createGateway } from './server';

/** Configuration from the environment; in production, demo settings and weak secrets stop the start. */
function config() {
  const production = isProduction();
  const jwksUrl = process.env.JWKS_URL || undefined;
  if (production && process.env.DEMO_TOKEN) throw new Error('DEMO_TOKEN must not be set in production');
  const jwtSecret = production ? (process.env.JWT_SECRET || !jwksUrl ? productionSecret('JWT_SECRET') : undefined) : process.env.JWT_SECRET;
  if (!jwtSecret && !jwksUrl) throw new Error('Set JWT_SECRET (HS256) or JWKS_URL (RS256)');
  return {
    production,
    jwtSecret,
    jwksUrl,
    subgraphSecret: production ? productionSecret('SUBGRAPH_SECRET') : env('SUBGRAPH_SECRET'),
  };
}

async function main() {
  const log = createLogger('gateway');
  const { production, jwtSecret, jwksUrl, subgraphSecret } = config();
  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.filter(({ name }) => process.env[urlVariable(name)]).map(({ name }) => [name, process.env[urlVariable(name)]!]),
  );
  const gateway = createGateway({
    supergraphSdl: readFileSync(env('SUPERGRAPH_FILE', join(__dirname, '..', '..', 'schemas', 'supergraph.graphql')), 'utf8'),
    subgraphUrls,
    jwtSecret,
    jwksUrl,
    jwtIssuer: process.env.JWT_ISSUER || undefined,
    jwtAudience: process.env.JWT_AUDIENCE || undefined,
    subgraphSecret,
    subgraphTimeoutMs: intEnv('SUBGRAPH_TIMEOUT_MS', 5_000),
    subgraphMaxSockets: intEnv('SUBGRAPH_MAX_SOCKETS', 32),
    limits: limitsFromEnv(),
    production,
    explorer: production ? false : { demoToken: process.env.DEMO_TOKEN },
    logger: log,
  });
  const running = await gateway.listen(intEnv('PORT', GATEWAY_PORT), env('HOST', '127.0.0.1'));
  log.info({ url: running.url, production }, 'gateway listening');
  // SIGTERM: stop accepting, let in-flight requests finish (server.close waits for them), then exit.
  const stop = async (signal: string) => {
    log.info({ signal }, 'draining and shutting down');
    await running.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error) => {
  console.error(`gateway: ${(error as Error).message}`);
  process.exit(1);
});
