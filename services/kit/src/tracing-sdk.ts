/**
 * The OpenTelemetry SDK, loaded only when a process traces (`./tracing` requires this module then, and
 * nothing else requires it). The SDK reads the OTEL_* variables itself: the exporter and its protocol,
 * endpoint, headers and timeout, the sampler, the batching, the resource and the propagators.
 */
import * as api from '@opentelemetry/api';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { NodeSDK, type NodeSDKConfiguration } from '@opentelemetry/sdk-node';
// The exporters that OTEL_TRACES_EXPORTER and OTEL_EXPORTER_OTLP_(TRACES_)PROTOCOL name, as NodeSDK
// builds them when given no span processor of its own. Not in the package's index; the version is pinned.
import { getSpanProcessorsFromEnv } from '@opentelemetry/sdk-node/build/src/utils';
import { OPERATION_ATTRIBUTE, REQUEST_ID_ATTRIBUTE, TRACED_REQUEST_KEY, activateTracing, type TracedRequest } from './trace';

type SpanProcessor = NonNullable<NodeSDKConfiguration['spanProcessors']>[number];

/**
 * Labels every span with the request it belongs to (`kansrijk.request_id`, `graphql.operation.name`),
 * taken from the request's context when the span starts: Apollo's gateway spans and the SQL spans get
 * them too, without either knowing about our request ids.
 */
class RequestLabels implements SpanProcessor {
  onStart(span: Parameters<SpanProcessor['onStart']>[0], parent: api.Context) {
    const request = parent.getValue(TRACED_REQUEST_KEY) as TracedRequest | undefined;
    if (request?.requestId) span.setAttribute(REQUEST_ID_ATTRIBUTE, request.requestId);
    if (request?.operationName) span.setAttribute(OPERATION_ATTRIBUTE, request.operationName);
  }
  onEnd() {}
  async forceFlush() {}
  async shutdown() {}
}

export function startTracingSdk(serviceName: string) {
  const sdk = new NodeSDK({
    // OTEL_SERVICE_NAME (or service.name in OTEL_RESOURCE_ATTRIBUTES) wins; else the process's own name.
    serviceName: (process.env.OTEL_SERVICE_NAME || /(^|,)\s*service\.name=/.test(process.env.OTEL_RESOURCE_ATTRIBUTES ?? '')) ? undefined : serviceName,
    spanProcessors: [new RequestLabels(), ...getSpanProcessorsFromEnv(undefined)],
    // Traces only: metrics are Prometheus (/metrics), logs are JSON lines on stderr. Without these the
    // SDK would start OTLP metric and log exporters too, by default.
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new PgInstrumentation({
        // A span per SQL statement of a traced request; none for work outside one (the job queue's polling).
        requireParentSpan: true,
        // The statement text only (`$1` placeholders), never the values bound to it.
        enhancedDatabaseReporting: false,
        // The trace context is not written into the SQL or the session (that would cost a round trip).
        addSqlCommenterCommentToQueries: false,
        enableTraceContextPropagation: false,
      }),
    ],
  });
  sdk.start();
  activateTracing(api, () => sdk.shutdown());
}
