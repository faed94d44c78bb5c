import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { createLogger, executeApollo, guarded, listenOn, maskError, readBodyOr413, requestIdPlugin, sendGraphQLError, sendJson, writeApolloResponse, type Logger } from '@kansrijk/kit';
import type { GatewayContext } from './context';
import { EXPLORER_CSP, explorerPage, serveAsset } from './explorer';
import { costModelOf, DEFAULT_LIMITS, operationLimitsPlugin, type OperationLimits } from './limits';
import { SignedDataSource } from './signed-data-source';
import { bearerToken, verifyToken } from './tokens';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Overrides of the subgraph URLs composed into the supergraph, by subgraph name. */
  subgraphUrls?: Record<string, string>;
  /** HS256 secret for tokens; JWKS_URL (RS256) may be given besides or instead. */
  jwtSecret?: string;
  jwksUrl?: string;
  jwtIssuer?: string;
  jwtAudience?: string;
  subgraphSecret: string;
  subgraphTimeoutMs?: number;
  subgraphMaxSockets?: number;
  limits?: Partial<OperationLimits>;
  /** Production: no introspection, no explorer, no field suggestions in errors. */
  production?: boolean;
  /** Serve the GraphiQL explorer at `/`; `demoToken` is filled into its headers. */
  explorer?: { demoToken?: string } | false;
  logger?: Logger;
}

/** Tells the subgraphs which operation the client ran (for the audit log), and logs each request. */
function operationPlugin(log: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = Date.now();
      return {
        async didResolveOperation({ contextValue: ctx, operationName }) {
          ctx.operationName = operationName ?? null;
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          log.info(
            {
              requestId: contextValue.requestId,
              sub: contextValue.claims?.sub,
              operation: contextValue.operationName,
              ms: Date.now() - started,
              errors: errors?.map((e) => e.extensions?.code),
            },
            'graphql request',
          );
        },
      };
    },
  };
}

export function createGateway(options: GatewayOptions) {
  const log = options.logger ?? createLogger('gateway');
  const limits: OperationLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const subgraphUrls: Record<string, string> = {};
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      subgraphUrls[name] = options.subgraphUrls?.[name] ?? url!;
      return new SignedDataSource({
        url: subgraphUrls[name],
        secret: options.subgraphSecret,
        timeoutMs: options.subgraphTimeoutMs ?? 5_000,
        maxSockets: options.subgraphMaxSockets ?? 32,
      });
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: maskError((error) => log.error({ err: error }, 'internal error'), { hideSchemaDetails: !!options.production }),
    includeStacktraceInErrorResponses: false,
    introspection: !options.production,
    hideSchemaDetailsFromClientErrors: !!options.production,
    allowBatchedHttpRequests: false,
    // We drain on SIGTERM ourselves; Apollo's own handler would stop and re-raise the signal mid-request.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [requestIdPlugin(), operationPlugin(log), operationLimitsPlugin(limits, costModelOf(options.supergraphSdl)), ApolloServerPluginLandingPageDisabled()],
  });
  let started: Promise<void> | null = null;
  const explorerHtml = options.explorer && !options.production ? explorerPage(options.explorer.demoToken) : null;

  /** Ready when every subgraph says it is ready (which includes its database). Names only, no URLs. */
  async function readiness() {
    const checks = await Promise.all(
      Object.entries(subgraphUrls).map(async ([name, url]) => {
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
    if (explorerHtml && req.method === 'GET' && url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': EXPLORER_CSP });
      res.end(explorerHtml);
      return;
    }
    if (explorerHtml && req.method === 'GET' && url.pathname.startsWith('/explorer/')) {
      if (serveAsset(url.pathname.slice('/explorer/'.length), res)) return;
    }
    if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'not found' });

    const raw = await readBodyOr413(req, res, limits.maxBodyBytes, requestId);
    if (!raw) return;
    const token = bearerToken(req.headers.authorization);
    const check = token
      ? await verifyToken(token, { secret: options.jwtSecret, jwksUrl: options.jwksUrl, issuer: options.jwtIssuer, audience: options.jwtAudience })
      : ({ ok: false, reason: 'no bearer token' } as const);
    if (!check.ok) {
      log.info({ requestId, reason: check.reason }, 'unauthenticated request');
      return sendGraphQLError(res, 401, 'UNAUTHENTICATED', 'A valid bearer token is required', requestId);
    }

    started ??= apollo.start();
    await started;
    const response = await executeApollo(apollo, req, url, raw, async () => ({ claims: check.claims, requestId, operationName: null }));
    await writeApolloResponse(res, response, { 'x-request-id': requestId });
  }

  const handler = guarded(handle, log);

  async function listen(port = 0, host = '127.0.0.1') {
    started ??= apollo.start();
    await started;
    return listenOn(handler, port, host, () => apollo.stop());
  }

  return { apollo, handler, listen, log };
}
