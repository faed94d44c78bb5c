/**
 * Prometheus metrics shared by the gateway and the subgraphs: the registry helpers, bounded label
 * values, and how `/metrics` is served and protected (docs/operations.md, "Watching").
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { z } from 'zod';
import { setting } from './config';
import { listenOn, sendJson, type RunningServer } from './http';

export type { Registry } from 'prom-client';

/** Request latencies, in seconds: from a few milliseconds to the gateway's subgraph timeout and beyond. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** A registry with the process metrics (CPU, memory, event loop lag, GC) every process exposes. */
export function processRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}

/** A label value for what was never named (an anonymous operation). */
export const ANONYMOUS = '(anonymous)';
/** The label value of everything past the cap, or not shaped like a name. */
export const OTHER = '(other)';

/**
 * Label values from what clients choose (operation names, error codes): a series per distinct value
 * would let one client create series without end. Known values always keep their name; others are
 * admitted first come, first served, up to `cap`, and the rest is counted as `(other)`. Admitted values
 * are never evicted: a label that came and went would break the rate of its counters.
 */
export class BoundedLabel {
  private readonly admitted = new Set<string>();
  private readonly known: ReadonlySet<string>;

  constructor(
    private readonly cap: number,
    known: Iterable<string> = [],
    private readonly shape = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/,
  ) {
    this.known = new Set(known);
  }

  /** The label for `value`; `admit: false` only looks (a value from a request that did not validate). */
  of(value: string | null | undefined, admit = true): string {
    if (value === null || value === undefined || value === '') return ANONYMOUS;
    if (this.known.has(value) || this.admitted.has(value)) return value;
    if (!admit || !this.shape.test(value) || this.admitted.size >= this.cap) return OTHER;
    this.admitted.add(value);
    return value;
  }
}

/** Error codes are ours (`extensions.code`), but a cap keeps a bug from minting series. */
export const errorCodeLabel = () => new BoundedLabel(40, [], /^[A-Z][A-Z0-9_]{0,63}$/);

export interface CollectedGauge<L extends string> {
  name: string;
  help: string;
  labelNames?: readonly L[];
  /** Read at every scrape; a read that fails leaves the gauge empty for that scrape. */
  read(): Promise<{ labels?: Partial<Record<L, string>>; value: number }[]> | { labels?: Partial<Record<L, string>>; value: number }[];
}

/**
 * A gauge whose values are read when Prometheus scrapes (pool sizes, queue ages, breaker states). A
 * second call with the same name replaces the reader (tests start a stack twice in one process).
 */
export function collectedGauge<L extends string>(registry: Registry, spec: CollectedGauge<L>): void {
  readers.set(registry, { ...readers.get(registry), [spec.name]: spec.read });
  if (registry.getSingleMetric(spec.name)) return;
  new Gauge<L>({
    name: spec.name,
    help: spec.help,
    labelNames: spec.labelNames ?? [],
    registers: [registry],
    async collect() {
      this.reset();
      const read = readers.get(registry)?.[spec.name];
      try {
        for (const { labels, value } of (await read?.()) ?? []) {
          if (labels) this.set(labels as Record<L, string>, value);
          else this.set(value);
        }
      } catch {
        // The source is away (a database restarting): no value rather than a failed scrape.
      }
    },
  });
}

const readers = new WeakMap<Registry, Record<string, CollectedGauge<string>['read']>>();

/** Where `/metrics` is served; the variables every process reads. */
export const metricsSettings = {
  /** A port of its own for `/metrics`, not published through the ingress; unset: the main port. */
  METRICS_PORT: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number({ error: 'must be a port number' }).int({ error: 'must be a port number' }).min(1, { error: 'must be at least 1' }).max(65535, { error: 'must be at most 65535' }).optional()),
  /** The interface METRICS_PORT listens on; unset: HOST. */
  METRICS_HOST: setting.optionalText(),
  /** When set, `/metrics` requires `Authorization: Bearer <METRICS_TOKEN>`, on whichever port. */
  METRICS_TOKEN: setting.optionalSecret(),
};

/** METRICS_PORT beside PORT: one port cannot be both. */
export function metricsProblems(config: { PORT: number; METRICS_PORT?: number }): { variable: string; message: string }[] {
  return config.METRICS_PORT && config.METRICS_PORT === config.PORT ? [{ variable: 'METRICS_PORT', message: 'must differ from PORT' }] : [];
}

export interface MetricsAccess {
  /** Whether the main port answers `/metrics` (otherwise 404, as for any unknown path). */
  onMainPort: boolean;
  /** The bearer token `/metrics` requires, if any. */
  token?: string;
}

/**
 * The main port serves `/metrics` unless METRICS_PORT moves it to a port of its own; in production the
 * main port (the one behind the ingress) serves it only with METRICS_TOKEN set.
 */
export function metricsAccess(config: { METRICS_PORT?: number; METRICS_TOKEN?: string }, production: boolean): MetricsAccess {
  return { onMainPort: !config.METRICS_PORT && (!production || !!config.METRICS_TOKEN), token: config.METRICS_TOKEN };
}

/** In constant time, whatever the lengths: both sides are hashed first. */
function tokenMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer (.+)$/i.exec(header ?? '')?.[1] ?? '';
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(token));
}

/** Answers a scrape: the registry in the text format, or 401 without the token, 405 for anything but GET. */
export async function serveMetrics(registry: Registry, req: IncomingMessage, res: ServerResponse, token?: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method not allowed' }, { allow: 'GET' });
  if (token && !tokenMatches(req.headers.authorization, token)) return sendJson(res, 401, { error: 'metrics token required' }, { 'www-authenticate': 'Bearer' });
  const text = await registry.metrics();
  res.writeHead(200, { 'content-type': registry.contentType, 'cache-control': 'no-store' });
  res.end(req.method === 'HEAD' ? undefined : text);
}

/** The listener of METRICS_PORT: `/metrics` and nothing else. */
export function listenMetrics(registry: Registry, port: number, host: string, token?: string): Promise<RunningServer> {
  return listenOn(
    (req, res) => {
      const path = new URL(req.url ?? '/', 'http://metrics').pathname;
      if (path !== '/metrics') return sendJson(res, 404, { error: 'not found' });
      serveMetrics(registry, req, res, token).catch(() => {
        if (!res.headersSent) sendJson(res, 500, { error: 'metrics unavailable' });
        else res.end();
      });
    },
    port,
    host,
    async () => undefined,
    { drainMs: 1000 },
  );
}

/** Where the metrics of a process are, for its start-up log line (no token, no secret). */
export function metricsLocation(access: MetricsAccess, mainUrl: string, own?: RunningServer): string {
  if (own) return own.url.replace(/\/graphql$/, '/metrics');
  if (access.onMainPort) return mainUrl.replace(/\/graphql$/, '/metrics') + (access.token ? ' (bearer METRICS_TOKEN)' : '');
  return 'not served (in production set METRICS_PORT or METRICS_TOKEN)';
}
