import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  createLogger,
  executeApollo,
  guarded,
  listenOn,
  maskError,
  readBodyOr413,
  requestIdPlugin,
  sendGraphQLError,
  sendJson,
  writeApolloResponse,
  type Logger,
} from '@kansrijk/kit';
import type { GatewayContext } from './context';
import { EXPLORER_CSP, explorerPage, serveAsset } from './explorer';
import { SignedDataSource } from './signed-data-source';
import { bearerToken, verifyToken } from './tokens';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Overrides of the subgraph URLs composed into the supergraph, by subgraph name. */
  subgraphUrls?: Record<string, string>;
  jwtSecret: string;
  jwtIssuer?: string;
  jwtAudience?: string;
  subgraphSecret: string;
  subgraphTimeoutMs?: number;
  bodyLimit?: number;
  /** Serve the GraphiQL explorer at `/`; `demoToken` is filled into its headers. */
  explorer?: { demoToken?: string } | false;
  logger?: Logger;
}

/** Tells the subgraphs which operation the client ran, for the audit log of child-level reads. */
function operationNamePlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName }) {
          contextValue.operationName = operationName ?? null;
        },
      };
    },
  };
}

export function createGateway(options: GatewayOptions) {
  const log = options.logger ?? createLogger('gateway');
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new SignedDataSource({
        url: options.subgraphUrls?.[name] ?? url!,
        secret: options.subgraphSecret,
        timeoutMs: options.subgraphTimeoutMs ?? 10_000,
      }),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: maskError((error) => log.error({ err: error }, 'internal error')),
    includeStacktraceInErrorResponses: false,
    plugins: [requestIdPlugin(), operationNamePlugin()],
  });
  let started: Promise<void> | null = null;
  const explorerHtml = options.explorer ? explorerPage(options.explorer.demoToken) : null;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://gateway');
    const requestId = randomUUID();
    if (req.method === 'GET' && url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
    if (explorerHtml && req.method === 'GET' && url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': EXPLORER_CSP });
      res.end(explorerHtml);
      return;
    }
    if (explorerHtml && req.method === 'GET' && url.pathname.startsWith('/explorer/')) {
      if (serveAsset(url.pathname.slice('/explorer/'.length), res)) return;
    }
    if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'not found' });

    const raw = await readBodyOr413(req, res, options.bodyLimit, requestId);
    if (!raw) return;
    const token = bearerToken(req.headers.authorization);
    const check = token
      ? await verifyToken(token, { secret: options.jwtSecret, issuer: options.jwtIssuer, audience: options.jwtAudience })
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
