/**
 * OpenTelemetry traces, as the request handlers see them. Off unless the process was started with the
 * standard OTEL_* variables (see `./tracing`, the first import of every process entry): then every
 * function here is a check of one variable and nothing of OpenTelemetry is loaded, so the default path
 * costs what it cost before. On, a request to `/graphql` gets a server span, every span started within
 * it carries the request id and the operation name, and outgoing subgraph calls carry `traceparent`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename } from 'node:path';
import type * as OpenTelemetry from '@opentelemetry/api';

/** The attribute with the request id (`x-request-id`, `requestId` in the logs) on every span of a request. */
export const REQUEST_ID_ATTRIBUTE = 'kansrijk.request_id';
/** The operation name the client sent, on every span of a request (the name Apollo gives it on `gateway.request`). */
export const OPERATION_ATTRIBUTE = 'graphql.operation.name';

/** What every span of a request is labelled with; filled in as the request learns it (token checked, operation parsed). */
export interface TracedRequest {
  requestId?: string;
  operationName?: string;
}

/** Where the current request's labels sit in the OpenTelemetry context (`createContextKey` makes the same symbol). */
export const TRACED_REQUEST_KEY = Symbol.for('kansrijk.traced-request');

let otel: { api: typeof OpenTelemetry; tracer: OpenTelemetry.Tracer; shutdown(): Promise<void> } | null = null;

/** Called once by the SDK set-up (`./tracing-sdk`) when the process traces. */
export function activateTracing(api: typeof OpenTelemetry, shutdown: () => Promise<void>) {
  otel = { api, tracer: api.trace.getTracer('kansrijk'), shutdown };
}

/** Whether the environment asks for traces: an exporter or an OTLP endpoint named, and the SDK not disabled. */
export function tracingRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return false;
  const exporters = list(env.OTEL_TRACES_EXPORTER);
  if (exporters.length) return !exporters.every((e) => e === 'none');
  return Boolean(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim());
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);

const EXPORTERS = ['otlp', 'console', 'zipkin', 'none'];
const PROTOCOLS = ['http/protobuf', 'http/json', 'grpc'];
const SAMPLERS = ['always_on', 'always_off', 'traceidratio', 'parentbased_always_on', 'parentbased_always_off', 'parentbased_traceidratio'];

/**
 * The OTEL_* values the SDK would only warn about (and then trace nothing, or everything): checked at
 * start like every other variable, one line each. The SDK reads them itself; this only refuses typos.
 */
export function tracingProblems(env: NodeJS.ProcessEnv = process.env): { variable: string; message: string }[] {
  const problems: { variable: string; message: string }[] = [];
  const oneOf = (variable: string, values: string[], many = false) => {
    const given = list(env[variable]);
    if (given.some((v) => !values.includes(v)) || (!many && given.length > 1)) problems.push({ variable, message: `must be ${many ? 'a comma-separated list of' : 'one of'} ${values.join(', ')}` });
  };
  if (!['', 'true', 'false'].includes(env.OTEL_SDK_DISABLED?.trim().toLowerCase() ?? '')) problems.push({ variable: 'OTEL_SDK_DISABLED', message: 'must be true or false' });
  oneOf('OTEL_TRACES_EXPORTER', EXPORTERS, true);
  oneOf('OTEL_EXPORTER_OTLP_PROTOCOL', PROTOCOLS);
  oneOf('OTEL_EXPORTER_OTLP_TRACES_PROTOCOL', PROTOCOLS);
  oneOf('OTEL_TRACES_SAMPLER', SAMPLERS);
  for (const variable of ['OTEL_EXPORTER_OTLP_ENDPOINT', 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT']) {
    const value = env[variable]?.trim();
    if (!value) continue;
    let protocol = '';
    try {
      protocol = new URL(value).protocol;
    } catch {
      // reported below
    }
    if (protocol !== 'http:' && protocol !== 'https:') problems.push({ variable, message: 'must be an http or https URL' });
  }
  const argument = env.OTEL_TRACES_SAMPLER_ARG?.trim();
  if (argument && list(env.OTEL_TRACES_SAMPLER)[0]?.endsWith('traceidratio')) {
    const ratio = Number(argument);
    if (!Number.isFinite(ratio) || ratio < 0 || ratio > 1) problems.push({ variable: 'OTEL_TRACES_SAMPLER_ARG', message: 'must be a number from 0 to 1 (the share of traces kept)' });
  }
  return problems;
}

/** `gateway` or the subgraph's name (the service name is `kansrijk-<it>`), from the entry file (`services/<name>/src/index.ts`, also compiled). */
export function entryProcessName(entry = process.argv[1] ?? ''): string {
  const subgraph = /(?:^|[\\/])services[\\/]([^\\/]+)[\\/]/.exec(entry);
  if (subgraph) return subgraph[1];
  if (/(?:^|[\\/])gateway[\\/]/.test(entry)) return 'gateway';
  return basename(entry).replace(/\.[^.]*$/, '') || 'process';
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

export interface TraceRequestsOptions {
  /**
   * Continue the trace named by the request's `traceparent` (a subgraph: the caller is the gateway or
   * another subgraph). The gateway starts a trace of its own for every client request instead: a
   * client's header would choose the trace id and, with a ratio sampler, whether it is kept.
   */
  continueTrace: boolean;
}

/**
 * Wraps a request listener in a server span per `/graphql` request (`POST /graphql`, ended when the
 * response is done or the connection gone). Health, readiness and explorer requests are not traced.
 * Without tracing this returns `listener` itself.
 */
export function traceRequests(listener: Listener, options: TraceRequestsOptions): Listener {
  if (!otel) return listener;
  const { api, tracer } = otel;
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/graphql') return listener(req, res);
    const method = req.method ?? 'GET';
    const parent = options.continueTrace ? api.propagation.extract(api.ROOT_CONTEXT, req.headers) : api.ROOT_CONTEXT;
    // Only the path: a GET's query string is the operation with its variables.
    const span = tracer.startSpan(`${method} ${path}`, { kind: api.SpanKind.SERVER, attributes: { 'http.request.method': method, 'url.path': path } }, parent);
    const request: TracedRequest = {};
    res.once('close', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (request.requestId) span.setAttribute(REQUEST_ID_ATTRIBUTE, request.requestId);
      if (request.operationName) span.setAttribute(OPERATION_ATTRIBUTE, request.operationName);
      if (!res.writableFinished) span.setStatus({ code: api.SpanStatusCode.ERROR, message: 'connection closed before the response was complete' });
      else if (res.statusCode >= 500) span.setStatus({ code: api.SpanStatusCode.ERROR });
      span.end();
    });
    api.context.with(api.trace.setSpan(parent.setValue(TRACED_REQUEST_KEY, request), span), () => listener(req, res));
  };
}

/** Labels the current request: every span started in it from now on carries these (and its server span does). */
export function annotateTrace(labels: { requestId?: string; operationName?: string | null }): void {
  if (!otel) return;
  const request = otel.api.context.active().getValue(TRACED_REQUEST_KEY) as TracedRequest | undefined;
  if (!request) return;
  if (labels.requestId) request.requestId = labels.requestId;
  if (labels.operationName) request.operationName = labels.operationName;
}

/**
 * Adds the current span's W3C trace context (`traceparent`, and `tracestate` when there is one) to an
 * outgoing request's headers. The subgraph signature does not cover these headers (nor need it: they
 * only link spans and grant nothing; a forged one could at most file a refused request's span under
 * another trace id).
 */
export function injectTraceHeaders(set: (name: string, value: string) => void): void {
  if (!otel) return;
  otel.api.propagation.inject(otel.api.context.active(), undefined, { set: (_carrier, name, value) => set(name, value) });
}

/** Exports the spans still buffered; a process calls this on SIGTERM before it exits. */
export async function shutdownTracing(): Promise<void> {
  await otel?.shutdown();
}
