import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';
import { CONTEXT_HEADER, SIGNATURE_HEADER, encodeEnvelope, injectTraceHeaders, signRequest } from '@kansrijk/kit';
import type { GatewayContext } from './context';
import { resilientFetcher, type ResilientFetcherOptions } from './resilience';
import { subgraphFetcher } from './subgraph-client';

export interface SignedDataSourceOptions {
  url: string;
  secret: string;
  /** Milliseconds a subgraph may take before its part of the answer is given up on. */
  timeoutMs: number;
  /** Keep-alive sockets per subgraph: bounded, so a slow subgraph cannot exhaust the gateway. */
  maxSockets: number;
  /** Deadline, retries and circuit breaker around every subgraph fetch (gateway/src/resilience.ts). */
  resilience?: ResilientFetcherOptions;
  /**
   * The transport the signed requests go out on; default the keep-alive subgraph client
   * (subgraph-client.ts) with the timeout and socket bound above. A wrapper (retries, metrics) passes
   * its own fetcher around that one.
   */
  transport?: Fetcher;
}

/** Adds the HMAC signature to every request that carries the gateway's envelope, then sends it on `transport`. */
export function signingFetcher(secret: string, transport: Fetcher): Fetcher {
  return (url, init) => {
    const headers = { ...init?.headers };
    const envelope = headers[CONTEXT_HEADER];
    if (envelope) {
      const { pathname, search } = new URL(url);
      const contentType = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
      headers[SIGNATURE_HEADER] = signRequest(secret, { method: init?.method ?? 'POST', target: pathname + search, contentType, envelope, body: String(init?.body ?? '') });
    }
    return transport(url, { ...init, headers });
  };
}

/**
 * Sends subgraph requests with the verified claims in a header (with a nonce) and an HMAC over the
 * whole request: method, path and query string, content type, that header and the exact body. The
 * signature is computed in the fetcher because only there are the final URL and body known.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly transport: Fetcher;

  constructor(options: SignedDataSourceOptions) {
    super({ url: options.url });
    this.transport = options.transport ?? subgraphFetcher({ maxSockets: options.maxSockets, timeoutMs: options.timeoutMs });
    this.fetcher = signingFetcher(options.secret, this.transport);
    // Outside the signing: each retry gets a new nonce (renewEnvelope) and is signed again.
    if (options.resilience) this.fetcher = resilientFetcher(this.fetcher, options.resilience);
  }

  /** Closes the transport's pooled connections, if it has any (at shutdown). */
  async close(): Promise<void> {
    await (this.transport as Partial<{ close(): Promise<void> }>).close?.();
  }

  /**
   * A subgraph answers 400 when a variable fails its own scalar's validation (a malformed `Date` or
   * `Decimal`: the gateway cannot run subgraph scalars). That is the client's mistake, so its
   * BAD_USER_INPUT passes through; any other non-2xx answer stays an internal error (masked).
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    if (response.status === 400) {
      try {
        const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string; field?: string } }[] };
        const first = body.errors?.[0];
        if (first?.extensions?.code === 'BAD_USER_INPUT') {
          return new GraphQLError(first.message, { extensions: { code: 'BAD_USER_INPUT', ...(first.extensions.field ? { field: first.extensions.field } : {}) } });
        }
      } catch {
        // not a GraphQL answer: fall through
      }
    }
    return new GraphQLError(`Subgraph answered HTTP ${response.status}`, { extensions: { code: 'SUBGRAPH_ERROR' } });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if (!context.claims) return;
    request.http?.headers.set(
      CONTEXT_HEADER,
      encodeEnvelope({
        claims: context.claims,
        requestId: context.requestId,
        operationName: context.operationName ?? null,
        iat: Math.floor(Date.now() / 1000),
      }),
    );
    request.http?.headers.set('x-request-id', context.requestId);
    // traceparent of the current gateway.fetch span (when tracing): here, not in the transport, so any
    // HTTP client sends it. The signature does not cover it and need not (services/kit/src/trace.ts).
    injectTraceHeaders((name, value) => request.http?.headers.set(name, value));
  }
}
