import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { DocumentNode } from 'graphql';
import type { DataSource } from 'typeorm';
import { CONTEXT_HEADER, ReplayGuard, SIGNATURE_HEADER, verifyRequest, type Claims } from './auth';
import { clientErrorsPlugin } from './client-errors';
import { isProduction } from './config';
import { maskError } from './errors';
import { executeApollo, guarded, listenOn, readBodyOr413, refuse, sendGraphQLError, sendJson, writeApolloResponse, type RunningServer, type ServerLimits } from './http';
import { createLogger, type Logger } from './log';
import { serveMetrics, type MetricsAccess, type Registry } from './metrics';
import { subgraphMetrics, subgraphMetricsPlugin, watchPool } from './subgraph-metrics';
import { referenceChecker, type ReferenceChecker } from './references';
import { requestAbortReason, requestSignal, runAsRequest, watchRequestQueries } from './request-scope';
import { annotateTrace, traceRequests } from './trace';

/**
 * What every resolver of every subgraph gets. `loaders` are created anew for each request; `viewer` is
 * what the subgraph's definition makes of the verified claims (the domain's access rules).
 */
export interface SubgraphContext<L, V = unknown> {
  viewer: V;
  claims: Claims;
  requestId: string;
  /** The operation name the client sent to the gateway, for the audit log. */
  operationName: string | null;
  loaders: L;
  /** New, empty loaders: the write pipeline gives the request these after a write. */
  newLoaders(): L;
  dataSource: DataSource;
  log: Logger;
  /** Asks the subgraphs that own other domains' keys whether keys exist, signed with this request's claims. */
  references: ReferenceChecker;
}

export interface SubgraphDefinition<L, V = unknown> {
  name: string;
  /** The person behind a request, from the claims the gateway verified and signed. */
  viewer(claims: Claims): V;
  typeDefs: DocumentNode;
  // Resolvers are typed per subgraph; the map itself is untyped at this level.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  resolvers: GraphQLResolverMap<any>;
  createLoaders(dataSource: DataSource): L;
  /** Gauges of the subgraph's own (`collectedGauge`), registered with its metrics. */
  metrics?(dataSource: DataSource, registry: Registry): void;
}

export interface SubgraphServerOptions {
  dataSource: DataSource;
  /** The secret shared with the gateway; requests without its signature are refused with 401. */
  secret: string;
  logger?: Logger;
  bodyLimit?: number;
  /** Header, request and body read timeouts and the connection cap of the HTTP server. */
  server?: Partial<ServerLimits>;
  /** GraphQL URLs of the other subgraphs by name, for `ctx.references`; read at call time. */
  subgraphUrls?: Readonly<Record<string, string>>;
  /** Milliseconds another subgraph may take to answer a reference check. */
  referenceTimeoutMs?: number;
  /** A request's SQL is cancelled after this many milliseconds (REQUEST_DEADLINE_MS); none when unset. */
  deadlineMs?: number;
  /** Whether this port answers `/metrics`, and with which token. Default: yes, but in production only with a token. */
  metrics?: MetricsAccess;
}


/** Adds the request id to every error, so a user's report can be found in the logs. */
export function requestIdPlugin<T extends { requestId: string }>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({
              ...e,
              extensions: { ...e.extensions, requestId: contextValue.requestId },
            }));
          }
        },
      };
    },
  };
}

export function createSubgraphServer<L, V>(definition: SubgraphDefinition<L, V>, options: SubgraphServerOptions) {
  const log = options.logger ?? createLogger(definition.name);
  const metrics = subgraphMetrics(definition.name);
  watchPool(metrics, options.dataSource);
  definition.metrics?.(options.dataSource, metrics.registry);
  const metricsAccess = options.metrics ?? { onMainPort: !isProduction() };
  const apollo = new ApolloServer<SubgraphContext<L, V>>({
    schema: buildSubgraphSchema({ typeDefs: definition.typeDefs, resolvers: definition.resolvers }),
    // A statement cancelled because the caller left is no failure of ours (info); a deadline is a slow answer (warn).
    formatError: maskError((error) => {
      const aborted = requestAbortReason();
      if (!aborted) return log.error({ err: error }, 'internal error');
      log[aborted === 'deadline' ? 'warn' : 'info']({ reason: aborted }, 'request ended early; its SQL was cancelled');
    }),
    includeStacktraceInErrorResponses: false,
    // We drain on SIGTERM ourselves; Apollo's own handler would stop and re-raise the signal mid-request.
    stopOnTerminationSignals: false,
    // The gateway never sends persisted queries; a malformed extension got a masked 400 and an error log line.
    persistedQueries: false,
    // Inline traces (ftv1) are for Apollo Studio, which Kansrijk does not use.
    plugins: [requestIdPlugin(), clientErrorsPlugin(), subgraphMetricsPlugin(metrics), ApolloServerPluginInlineTraceDisabled()],
  });
  let started: Promise<void> | null = null;
  const replay = new ReplayGuard();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://subgraph');
    if (req.method === 'GET' && url.pathname === '/health') return sendJson(res, 200, { status: 'ok', service: definition.name });
    if (req.method === 'GET' && url.pathname === '/ready') {
      try {
        await options.dataSource.query('SELECT 1');
        return sendJson(res, 200, { status: 'ready', service: definition.name });
      } catch {
        return sendJson(res, 503, { status: 'database unreachable', service: definition.name });
      }
    }
    if (url.pathname === '/metrics' && metricsAccess.onMainPort) return serveMetrics(metrics.registry, req, res, metricsAccess.token);
    if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'not found' });
    // The gateway only POSTs: a GET (whose operation would be in the URL) is refused before anything else.
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return sendGraphQLError(res, 405, 'METHOD_NOT_ALLOWED', 'Subgraphs answer only POST requests from the gateway');
    }

    // Without the gateway's headers the signature cannot hold: refused before the body is read.
    if (!req.headers[CONTEXT_HEADER] || !req.headers[SIGNATURE_HEADER]) {
      log.warn({ remote: req.socket.remoteAddress }, 'refused request without a gateway signature');
      return refuse(req, res, 401, 'UNAUTHENTICATED', 'Subgraphs answer only requests signed by the gateway');
    }
    const raw = await readBodyOr413(req, res, { limit: options.bodyLimit, timeoutMs: options.server?.bodyTimeoutMs });
    if (!raw) return;
    const verified = verifyRequest(
      options.secret,
      {
        method: req.method,
        target: req.url ?? '/graphql',
        contentType: String(req.headers['content-type'] ?? ''),
        envelope: req.headers[CONTEXT_HEADER] as string | undefined,
        signature: req.headers[SIGNATURE_HEADER] as string | undefined,
        body: raw,
      },
      replay,
    );
    if (!verified.ok) {
      log.warn({ reason: verified.reason, remote: req.socket.remoteAddress }, 'refused request without a valid gateway signature');
      return sendGraphQLError(res, 401, 'UNAUTHENTICATED', 'Subgraphs answer only requests signed by the gateway');
    }
    const { envelope } = verified;
    const requestId = envelope.requestId || randomUUID();
    annotateTrace({ requestId, operationName: envelope.operationName });
    started ??= apollo.start();
    await started;
    // The caller leaving or the deadline cancels this request's SQL (request-scope.ts).
    watchRequestQueries(options.dataSource);
    const scope = requestSignal(res, options.deadlineMs);
    const response = await runAsRequest(scope.signal, () => executeApollo(apollo, req, url, raw, async () => ({
      viewer: definition.viewer(envelope.claims),
      claims: envelope.claims,
      requestId,
      operationName: envelope.operationName,
      loaders: definition.createLoaders(options.dataSource),
      newLoaders: () => definition.createLoaders(options.dataSource),
      dataSource: options.dataSource,
      log: log.child({ requestId }),
      references: referenceChecker(
        { urls: options.subgraphUrls ?? {}, secret: options.secret, timeoutMs: options.referenceTimeoutMs },
        { claims: envelope.claims, requestId, operationName: envelope.operationName },
        log.child({ requestId }),
      ),
    })));
    scope.done();
    await writeApolloResponse(res, response, { 'x-request-id': requestId });
  }

  // A traced request continues the caller's trace (the gateway's `traceparent`).
  const handler = traceRequests(guarded(handle, log), { continueTrace: true });

  async function listen(port = 0, host = '127.0.0.1'): Promise<RunningServer> {
    started ??= apollo.start();
    await started;
    return listenOn(handler, port, host, () => apollo.stop(), options.server);
  }

  /** Stops Apollo if it was started (a server that never served has nothing to stop). */
  async function stop() {
    if (started) {
      await started;
      await apollo.stop();
    }
  }

  return { apollo, handler, listen, stop, log };
}
