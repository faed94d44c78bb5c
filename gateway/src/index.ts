// First: starts tracing when OTEL_* ask for it (docs/operations.md, "Traces").
import '@kansrijk/kit/src/tracing';
import { readFileSync } from 'node:fs';
import { createLogger, exitAfterFailedStart, listenMetrics, metricsAccess, metricsLocation, serverLimitsFrom, shutdownTracing } from '@kansrijk/kit';
import { gatewayConfig } from './config';
import { limitsFrom } from './limits';
import { resilienceFrom } from './resilience';
import { gatewayRegistry } from './metrics';
import { createGateway } from './server';

async function main() {
  const config = gatewayConfig();
  const { production } = config;
  const log = createLogger('gateway');
  const metrics = metricsAccess(config, production);
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
    resilience: resilienceFrom(config),
    limits: limitsFrom(config),
    server: serverLimitsFrom(config),
    production,
    corsOrigins: config.CORS_ORIGINS,
    explorer: production ? false : { demoToken: config.DEMO_TOKEN },
    dashboard: { demoToken: production ? undefined : config.DEMO_TOKEN },
    logger: log,
    metrics,
  });
  const running = await gateway.listen(config.PORT, config.HOST);
  // METRICS_PORT: /metrics on a port of its own, which the ingress does not publish.
  const ownMetrics = config.METRICS_PORT ? await listenMetrics(gatewayRegistry(), config.METRICS_PORT, config.METRICS_HOST ?? config.HOST, config.METRICS_TOKEN) : undefined;
  log.info({ url: running.url, production, metrics: metricsLocation(metrics, running.url, ownMetrics) }, 'gateway listening');
  // SIGTERM: stop accepting, let in-flight requests finish (server.close waits for them), then exit.
  const stop = async (signal: string) => {
    log.info({ signal }, 'draining and shutting down');
    await running.close();
    await ownMetrics?.close();
    await shutdownTracing();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch(exitAfterFailedStart);
