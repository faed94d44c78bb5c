/**
 * When the environment turns traces on, which OTEL_* values are refused at start, and the service name
 * a process gets. (That spans join across the processes is test/tracing.test.ts, through the stack.)
 */
import { entryProcessName, tracingProblems, tracingRequested } from '../trace';

describe('tracingRequested', () => {
  it('is off without an exporter or an OTLP endpoint, whatever else OTEL_* says', () => {
    expect(tracingRequested({})).toBe(false);
    expect(tracingRequested({ OTEL_SERVICE_NAME: 'x', OTEL_TRACES_SAMPLER: 'always_on', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' })).toBe(false);
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: ' ' })).toBe(false);
  });

  it('is on with an OTLP endpoint or a named exporter', () => {
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' })).toBe(true);
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: 'console' })).toBe(true);
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: 'otlp,console' })).toBe(true);
  });

  it('is off with OTEL_TRACES_EXPORTER=none or OTEL_SDK_DISABLED=true, even with an endpoint', () => {
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(false);
    expect(tracingRequested({ OTEL_SDK_DISABLED: 'TRUE', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(false);
    expect(tracingRequested({ OTEL_SDK_DISABLED: 'false', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
  });
});

describe('tracingProblems', () => {
  it('accepts what the SDK understands', () => {
    expect(
      tracingProblems({
        OTEL_TRACES_EXPORTER: 'otlp, console',
        OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc',
        OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json',
        OTEL_EXPORTER_OTLP_ENDPOINT: 'https://tempo.example.nl:4318',
        OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
        OTEL_TRACES_SAMPLER_ARG: '0.25',
        OTEL_SDK_DISABLED: 'false',
      }),
    ).toEqual([]);
  });

  it('names each variable the SDK would only warn about', () => {
    expect(
      tracingProblems({
        OTEL_SDK_DISABLED: 'yes',
        OTEL_TRACES_EXPORTER: 'otlp,jaeger',
        OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http',
        OTEL_TRACES_SAMPLER: 'sometimes',
        OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'grpc://collector',
      }).map((p) => p.variable),
    ).toEqual(['OTEL_SDK_DISABLED', 'OTEL_TRACES_EXPORTER', 'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL', 'OTEL_TRACES_SAMPLER', 'OTEL_EXPORTER_OTLP_ENDPOINT', 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT']);
  });

  it('holds a ratio sampler to a share from 0 to 1', () => {
    expect(tracingProblems({ OTEL_TRACES_SAMPLER: 'traceidratio', OTEL_TRACES_SAMPLER_ARG: '1.5' })).toEqual([{ variable: 'OTEL_TRACES_SAMPLER_ARG', message: 'must be a number from 0 to 1 (the share of traces kept)' }]);
    expect(tracingProblems({ OTEL_TRACES_SAMPLER: 'traceidratio', OTEL_TRACES_SAMPLER_ARG: 'half' })).toHaveLength(1);
    expect(tracingProblems({ OTEL_TRACES_SAMPLER: 'traceidratio', OTEL_TRACES_SAMPLER_ARG: '0' })).toEqual([]);
  });
});

describe('entryProcessName', () => {
  it('names the process after its entry file, run by tsx or compiled', () => {
    expect(entryProcessName('/app/services/partners/src/index.ts')).toBe('partners');
    expect(entryProcessName('/srv/kansrijk/dist/services/youth-care/src/index.js')).toBe('youth-care');
    expect(entryProcessName('/app/gateway/src/index.ts')).toBe('gateway');
    expect(entryProcessName('C:\\kansrijk\\services\\budgets\\src\\index.ts')).toBe('budgets');
    expect(entryProcessName('/tmp/something.ts')).toBe('something');
  });
});
