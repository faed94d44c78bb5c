import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { annotateTrace, clientErrorsPlugin, createLogger, executeApollo, guarded, listenOn, maskError, readBodyOr413, refuse, requestIdPlugin, sendJson, traceRequests, writeApolloResponse, type Logger, type MetricsAccess, type ServerLimits } from '@kansrijk/kit';
import type { GatewayContext } from './context';
import { corsPolicy } from './cors';
import { createDashboard, type DashboardOptions } from './dashboard';
import { explainCsrf } from './csrf';
import { EXPLORER_CSP, createExplorer, serveAsset } from './explorer';
import { costModelOf, DEFAULT_LIMITS, operationLimitsPlugin, type OperationLimits } from './limits';
import { breakerStates, Breakers, DEFAULT_RESILIENCE, useProcessBreakers, type ResilienceSettings } from './resilience';
import { instrumentSubgraphs, metricsPlugin, registerCollector, withMetrics } from './metrics';
import { SignedDataSource } from './signed-data-source';
import { bearerToken, verifyToken } from './tokens';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Overrides of the subgraph URLs composed into the supergraph, by subgraph name. */
  subgraphUrls?: Record<string, string>;
  /** HS256 secret for tokens; JWKS_URL (RS256) may be given besides or instead. */
  jwtSecret?: string;
  jwksUrl?: string;
  /** Required in production: every token's `iss` and `aud` must match. */
  jwtIssuer?: string;
  jwtAudience?: string;
  /** The longest a token may be valid (`exp - iat`), in seconds; default a day. */
  jwtMaxLifetimeSeconds?: number;
  subgraphSecret: string;
  subgraphTimeoutMs?: number;
  subgraphMaxSockets?: number;
  /** Retries and circuit breakers (gateway/src/resilience.ts); the deadline is `subgraphTimeoutMs`. */
  resilience?: Partial<Omit<ResilienceSettings, 'deadlineMs'>>;
  limits?: Partial<OperationLimits>;
  /** Header, request and body read timeouts and the connection cap of the HTTP server. */
  server?: Partial<ServerLimits>;
  /** Production: no introspection, no explorer, no field suggestions in errors. */
  production?: boolean;
  /** Serve the GraphiQL explorer at `/` (never in production): each example tab carries a token of its
   * demo role, minted with `jwtSecret`; `demoToken` goes into a new tab's headers. */
  explorer?: { demoToken?: string } | false;
  /** Serve the LEA dashboard at `/dashboard` (default on); outside production with the demo token and role picker. */
  dashboard?: DashboardOptions | false;
  logger?: Logger;
  /** Origins whose pages may call the gateway (CORS); `*` is every origin (development only). Default none. */
  corsOrigins?: readonly string[];
  /** Whether the main port answers `/metrics`, and with which token. Default: yes, but in production only with a token. */
  metrics?: MetricsAccess;
}

/** Tells the subgraphs which operation the client ran (for the audit log), and logs each request. */
function operationPlugin(log: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = Date.now();
      return {
        async didResolveOperation({ contextValue: ctx, operationName }) {
          ctx.operationName = operationName ?? null;
          annotateTrace({ operationName });
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          log.info(
            {
              requestId: contextValue.requestId,
              sub: contextValue.claims?.sub,
              operation: contextValue.operationName,
              ms: Date.now() - started,
              // Apollo leaves the status unset for a plain 200.
              status: response.http.status ?? 200,
              errors: errors?.map((e) => e.extensions?.code),
            },
            'graphql request',
          );
        },
      };
    },
  };
}

/** The circuit breakers in the metrics, read at each scrape (breakerStates: the process's current gateway). */
function registerBreakerMetrics() {
  const per = (value: (c: ReturnType<typeof breakerStates>[string]) => number) => () =>
    Object.entries(breakerStates()).map(([subgraph, counters]) => ({ labels: { subgraph }, value: value(counters) }));
  registerCollector({
    name: 'kansrijk_gateway_circuit_state',
    help: 'Circuit breaker per subgraph: 1 for its current state (closed, open, half-open), 0 for the others',
    labelNames: ['subgraph', 'state'],
    read: () =>
      Object.entries(breakerStates()).flatMap(([subgraph, { state }]) =>
        (['closed', 'open', 'half-open'] as const).map((s) => ({ labels: { subgraph, state: s }, value: s === state ? 1 : 0 })),
      ),
  });
  registerCollector({ name: 'kansrijk_gateway_circuit_opened', help: 'Times the circuit of a subgraph opened since the gateway started', labelNames: ['subgraph'], read: per((c) => c.opened) });
  registerCollector({ name: 'kansrijk_gateway_circuit_rejected', help: 'Subgraph calls answered at once (SERVICE_UNAVAILABLE) because its circuit was open, since the gateway started', labelNames: ['subgraph'], read: per((c) => c.rejected) });
  registerCollector({ name: 'kansrijk_gateway_subgraph_retries', help: 'Retries of read-only subgraph calls sent since the gateway started', labelNames: ['subgraph'], read: per((c) => c.retries) });
}

export function createGateway(options: GatewayOptions) {
  const log = options.logger ?? createLogger('gateway');
  // The configuration refuses this at start; a gateway built in code must not skip it either.
  if (options.production && (!options.jwtIssuer || !options.jwtAudience)) throw new Error('a production gateway needs jwtIssuer and jwtAudience');
  if (options.production && options.corsOrigins?.includes('*')) throw new Error('a production gateway takes an explicit list of CORS origins, not *');
  const cors = corsPolicy(options.corsOrigins);
  const tokenOptions = {
    secret: options.jwtSecret,
    jwksUrl: options.jwksUrl,
    issuer: options.jwtIssuer,
    audience: options.jwtAudience,
    maxLifetimeSeconds: options.jwtMaxLifetimeSeconds,
  };
  const limits: OperationLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const subgraphUrls: Record<string, string> = {};
  const dataSources: SignedDataSource[] = [];
  const resilience: ResilienceSettings = { ...DEFAULT_RESILIENCE, ...options.resilience, deadlineMs: options.subgraphTimeoutMs ?? DEFAULT_RESILIENCE.deadlineMs };
  const breakers = new Breakers(resilience);
  useProcessBreakers(breakers);
  registerBreakerMetrics();
  // @apollo/gateway reports anonymous usage to apollographql.com unless told not to (read when it is
  // constructed): a municipal system sends nothing to a third party. An operator cannot turn it back on.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    // Its spans (gateway.request, .plan, .execute, .fetch) carry the operation name only: not the
    // document, and no exception events (an error message can quote a variable's value).
    telemetry: { includeDocument: false, recordExceptions: false },
    buildService: instrumentSubgraphs(({ name, url }) => {
      subgraphUrls[name] = options.subgraphUrls?.[name] ?? url!;
      const dataSource = new SignedDataSource({
        url: subgraphUrls[name],
        secret: options.subgraphSecret,
        timeoutMs: options.subgraphTimeoutMs ?? 5_000,
        maxSockets: options.subgraphMaxSockets ?? 32,
        resilience: { ...resilience, breaker: breakers.of(name) },
      });
      dataSources.push(dataSource);
      return dataSource;
    }),
  });
  const mask = maskError((error) => log.error({ err: error }, 'internal error'), { hideSchemaDetails: !!options.production });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: (formatted, error) => explainCsrf(mask(formatted, error)),
    includeStacktraceInErrorResponses: false,
    introspection: !options.production,
    hideSchemaDetailsFromClientErrors: !!options.production,
    allowBatchedHttpRequests: false,
    // Automatic persisted queries are not offered: every `persistedQuery` extension gets
    // PERSISTED_QUERY_NOT_SUPPORTED, where a malformed one got a masked 400 and an error log line.
    persistedQueries: false,
    // We drain on SIGTERM ourselves; Apollo's own handler would stop and re-raise the signal mid-request.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [requestIdPlugin(), clientErrorsPlugin(), operationPlugin(log), metricsPlugin(), operationLimitsPlugin(limits, costModelOf(options.supergraphSdl)), ApolloServerPluginLandingPageDisabled()],
  });
  let started: Promise<void> | null = null;
  const explorer =
    options.explorer && !options.production
      ? createExplorer({
          supergraphSdl: options.supergraphSdl,
          demoToken: options.explorer.demoToken,
          jwtSecret: options.jwtSecret,
          tokens: { issuer: options.jwtIssuer, audience: options.jwtAudience, maxLifetimeSeconds: options.jwtMaxLifetimeSeconds },
        })
      : null;
  const dashboard = options.dashboard === false ? null : createDashboard(options.dashboard ?? {}, { production: !!options.production, jwtSecret: options.jwtSecret, jwtIssuer: options.jwtIssuer, jwtAudience: options.jwtAudience, jwtMaxLifetimeSeconds: options.jwtMaxLifetimeSeconds });

  /** Ready when every subgraph says it is ready (which includes its database). Names only, no URLs. */
  async function readiness() {
    const checks = await Promise.all(
      Object.entries(subgraphUrls).map(async ([name, url]) => {
        // An open circuit is what the gateway does now, whatever the subgraph would say.
        if (breakers.of(name).state !== 'closed') return [name, 'circuit open'] as const;
        try {
          const response = await fetch(url.replace(/\/graphql$/, '/ready'), { signal: AbortSignal.timeout(2000) });
          return [name, response.ok ? 'ready' : 'not ready'] as const;
        } catch {
          return [name, 'unreachable'] as const;
        }
      }),
    );
    return { ready: checks.length > 0 && checks.every(([, s]) => s === 'ready'), subgraphs: Object.fromEntries(checks) };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://gateway');
    const requestId = randomUUID();
    if (req.method === 'GET' && url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
    if (req.method === 'GET' && url.pathname === '/ready') {
      started ??= apollo.start();
      await started;
      const { ready, subgraphs } = await readiness();
      return sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', subgraphs });
    }
    if (explorer && req.method === 'GET' && url.pathname === '/') {
      const html = await explorer.page();
      // The page carries tokens: no cache keeps it.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': EXPLORER_CSP, 'cache-control': 'no-store' });
      res.end(html);
      return;
    }
    if (explorer && req.method === 'GET' && url.pathname.startsWith('/explorer/')) {
      if (serveAsset(url.pathname.slice('/explorer/'.length), res)) return;
    }
    if (dashboard && (await dashboard.handle(req, res, url.pathname))) return;
    if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'not found' });

    res.setHeader('x-request-id', requestId);
    annotateTrace({ requestId });
    // Set before any answer, so the 401, 413 and 5xx below carry them too; a preflight never reaches auth.
    cors.applyTo(req, res);
    if (req.method === 'OPTIONS') return cors.answerOptions(req, res);
    // The token is checked from the headers before a byte of the body is read: a client without one
    // gets 401 at once and its connection closed, whatever it is still sending.
    const token = bearerToken(req.headers.authorization);
    const check = token ? await verifyToken(token, tokenOptions) : ({ ok: false, reason: 'no bearer token' } as const);
    if (!check.ok) {
      log.info({ requestId, reason: check.reason }, 'unauthenticated request');
      return refuse(req, res, 401, 'UNAUTHENTICATED', 'A valid bearer token is required', requestId);
    }
    const raw = await readBodyOr413(req, res, { limit: limits.maxBodyBytes, timeoutMs: options.server?.bodyTimeoutMs }, requestId);
    if (!raw) return;

    started ??= apollo.start();
    await started;
    const response = await executeApollo(apollo, req, url, raw, async () => ({ claims: check.claims, requestId, operationName: null }));
    await writeApolloResponse(res, response, { 'x-request-id': requestId });
  }

  // A traced request starts a trace of its own: a client's traceparent is not continued.
  const handler = traceRequests(withMetrics(guarded(handle, log), options.metrics ?? { onMainPort: !options.production }), { continueTrace: false });

  async function listen(port = 0, host = '127.0.0.1') {
    started ??= apollo.start();
    await started;
    // Once the server has drained: stop Apollo, then close the keep-alive connections to the subgraphs.
    const stop = async () => {
      await apollo.stop();
      await Promise.all(dataSources.map((d) => d.close()));
    };
    return listenOn(handler, port, host, stop, options.server);
  }

  return { apollo, handler, listen, log, breakers };
}
