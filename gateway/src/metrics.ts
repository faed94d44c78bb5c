/**
 * The gateway's Prometheus metrics (docs/operations.md, "Watching"): requests, errors and latency per
 * operation, requests in flight, answers by HTTP status, and every subgraph call's latency and
 * failures by subgraph name (never its URL). One registry per process, as prom-client's default.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { ApolloServerPlugin } from '@apollo/server';
import { parse } from 'graphql';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { BoundedLabel, LATENCY_BUCKETS, OTHER, collectedGauge, errorCodeLabel, processRegistry, serveMetrics, type CollectedGauge, type MetricsAccess } from '@kansrijk/kit';

/** Distinct operation names of clients outside the contract before the rest is `(other)`. */
export const MAX_OPERATION_LABELS = 100;

/** The names of the contract's operations (gateway/examples): always a label of their own. */
export function contractOperationNames(dir = join(__dirname, '..', 'examples')): string[] {
  // A build without the examples still counts: every name then takes a place under the cap.
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .flatMap((file) => parse(readFileSync(join(dir, file), 'utf8')).definitions.flatMap((d) => (d.kind === 'OperationDefinition' && d.name ? [d.name.value] : [])));
}

function createMetrics() {
  const registry = processRegistry();
  const registers = [registry];
  return {
    registry,
    requests: new Counter({ name: 'kansrijk_gateway_requests_total', help: 'GraphQL requests answered, by operation name', labelNames: ['operation'], registers }),
    errors: new Counter({ name: 'kansrijk_gateway_errors_total', help: 'Answers carrying errors, by operation name and error code (once per code and answer)', labelNames: ['operation', 'code'], registers }),
    duration: new Histogram({ name: 'kansrijk_gateway_request_duration_seconds', help: 'Time from a request reaching GraphQL to its answer, by operation name', labelNames: ['operation'], buckets: LATENCY_BUCKETS, registers }),
    inFlight: new Gauge({ name: 'kansrijk_gateway_requests_in_flight', help: 'Requests to /graphql being handled now', registers }),
    responses: new Counter({ name: 'kansrijk_gateway_responses_total', help: 'Answers of /graphql by HTTP status, refusals before GraphQL (401, 413) included', labelNames: ['status'], registers }),
    subgraphDuration: new Histogram({ name: 'kansrijk_gateway_subgraph_request_duration_seconds', help: 'Calls to a subgraph, from sending to its answer or failure', labelNames: ['subgraph'], buckets: LATENCY_BUCKETS, registers }),
    subgraphFailures: new Counter({ name: 'kansrijk_gateway_subgraph_failures_total', help: 'Subgraph calls without a 2xx answer: timeout, network (refused, reset), circuit_open (not sent), http_4xx, http_5xx', labelNames: ['subgraph', 'reason'], registers }),
    operations: new BoundedLabel(MAX_OPERATION_LABELS, contractOperationNames()),
    codes: errorCodeLabel(),
  };
}

let metrics: ReturnType<typeof createMetrics> | null = null;
/** Made on first use, so that importing the gateway starts no event-loop monitor. */
export const gatewayMetrics = () => (metrics ??= createMetrics());

/** The registry, for anything else to add metrics of its own. */
export const gatewayRegistry = (): Registry => gatewayMetrics().registry;

/**
 * A gauge read at every scrape, e.g. the circuit breakers' states:
 * `registerCollector({ name: 'kansrijk_gateway_breaker_open', help: '...', labelNames: ['subgraph'], read: () => ... })`.
 */
export function registerCollector<L extends string>(spec: CollectedGauge<L>): void {
  collectedGauge(gatewayRegistry(), spec);
}

/** Counts and times every GraphQL request by operation name, and its errors by code. */
export function metricsPlugin(): ApolloServerPlugin {
  const m = gatewayMetrics();
  return {
    async requestDidStart({ request }) {
      const started = performance.now();
      let operation: string | null | undefined = request.operationName;
      // A name is admitted as a label only once its operation parsed and validated.
      let resolved = false;
      return {
        async didResolveOperation({ operationName }) {
          operation = operationName;
          resolved = true;
        },
        async willSendResponse({ response }) {
          // A request that did not validate counts under its name only if that is a contract name.
          const label = resolved || operation ? m.operations.of(operation, resolved) : OTHER;
          m.requests.inc({ operation: label });
          m.duration.observe({ operation: label }, (performance.now() - started) / 1000);
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = new Set(errors.map((e) => m.codes.of(String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'))));
          for (const code of codes) m.errors.inc({ operation: label, code });
        },
      };
    },
  };
}

/**
 * The HTTP side: `/metrics` where `access` says so, requests in flight and answers by status on
 * `/graphql`. Wraps the gateway's request listener.
 */
export function withMetrics(listener: (req: IncomingMessage, res: ServerResponse) => void, access: MetricsAccess) {
  const m = gatewayMetrics();
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/metrics' && access.onMainPort) {
      serveMetrics(m.registry, req, res, access.token).catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
      return;
    }
    if (path === '/graphql') {
      m.inFlight.inc();
      // 'close' comes once, whether the answer was sent or the client went away first.
      res.once('close', () => {
        m.inFlight.dec();
        m.responses.inc({ status: res.writableFinished ? String(res.statusCode) : 'aborted' });
      });
    }
    listener(req, res);
  };
}

const TIMEOUT_NAMES = new Set(['AbortError', 'TimeoutError', 'SubgraphTimeoutError', 'SubgraphDeadlineError']);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'SUBGRAPH_TIMEOUT']);

/** Why a call got no answer: its deadline (the transport's or resilience.ts's), an open circuit, or the network. */
function failureReason(error: unknown): string {
  const { name, code, extensions } = (error ?? {}) as { name?: string; code?: string; extensions?: { code?: unknown } };
  if (extensions?.code === 'SERVICE_UNAVAILABLE') return 'circuit_open';
  return (name && TIMEOUT_NAMES.has(name)) || (code && TIMEOUT_CODES.has(code)) ? 'timeout' : 'network';
}

/**
 * Times the calls of a subgraph's data source by wrapping its fetcher (whatever HTTP client it uses):
 * labelled by the subgraph's name from the supergraph, never its URL.
 */
export function instrumentSubgraph<T extends RemoteGraphQLDataSource>(subgraph: string, source: T): T {
  const m = gatewayMetrics();
  const fetcher = source.fetcher;
  source.fetcher = async (...args) => {
    const end = m.subgraphDuration.startTimer({ subgraph });
    try {
      const response = await fetcher.apply(source, args);
      if (!response.ok) m.subgraphFailures.inc({ subgraph, reason: response.status >= 500 ? 'http_5xx' : 'http_4xx' });
      return response;
    } catch (error) {
      m.subgraphFailures.inc({ subgraph, reason: failureReason(error) });
      throw error;
    } finally {
      end();
    }
  };
  return source;
}

/** Wraps the gateway's `buildService`: every data source it builds is instrumented. */
export function instrumentSubgraphs<T extends RemoteGraphQLDataSource>(build: (definition: { name: string; url?: string }) => T) {
  return (definition: { name: string; url?: string }) => instrumentSubgraph(definition.name, build(definition));
}
