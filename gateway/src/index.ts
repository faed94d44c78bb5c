// First: starts tracing when OTEL_* ask for it (docs/operations.md, "Traces").
import '@kansrijk/kit/src/tracing';
import { readFileSync } from 'node:fs';
import { createLogger, exitAfterFailedStart, serverLimitsFrom, shutdownTracing } from '@kansrijk/kit';
import { gatewayConfig } from './config';
import { limitsFrom } from './limits';
import { createGateway } from './server';

async function main() {
  const config = gatewayConfig();
  const { production } = config;
  const log = createLogger('gateway');
  const gateway = createGateway({
    supergraphSdl: readFileSync(config.SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls: config.subgraphUrls,
    jwtSecret: config.JWT_SECRET,
    jwksUrl: config.JWKS_URL,
    jwtIssuer: config.JWT_ISSUER,
    jwtAudience: config.JWT_AUDIENCE,
    jwtMaxLifetimeSeconds: config.JWT_MAX_LIFETIME_SECONDS,
    subgraphSecret: config.SUBGRAPH_SECRET,
    subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    subgraphMaxSockets: config.SUBGRAPH_MAX_SOCKETS,
    limits: limitsFrom(config),
    server: serverLimitsFrom(config),
    production,
    corsOrigins: config.CORS_ORIGINS,
    explorer: production ? false : { demoToken: config.DEMO_TOKEN },
    logger: log,
  });
  const running = await gateway.listen(config.PORT, config.HOST);
  log.info({ url: running.url, production }, 'gateway listening');
  // SIGTERM: stop accepting, let in-flight requests finish (server.close waits for them), then exit.
  const stop = async (signal: string) => {
    log.info({ signal }, 'draining and shutting down');
    await running.close();
    await shutdownTracing();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch(exitAfterFailedStart);
