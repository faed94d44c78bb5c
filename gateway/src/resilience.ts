/**
 * What the gateway does when a subgraph fails: a deadline over every attempt of a subgraph fetch,
 * retries with jittered exponential backoff for reads only, and a circuit breaker per subgraph. It
 * wraps a fetcher (the shape of `@apollo/utils.fetcher`'s `Fetcher`, as `RemoteGraphQLDataSource`
 * calls it), so it does not care which HTTP client sends the request.
 */
import { GraphQLError, parse } from 'graphql';
import type { Fetcher, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { CONTEXT_HEADER, encodeEnvelope, setting, type GatewayEnvelope } from '@kansrijk/kit';

export interface ResilienceSettings {
  /** The whole of one subgraph fetch, every attempt and backoff included (SUBGRAPH_TIMEOUT_MS). */
  deadlineMs: number;
  /** Attempts after the first, for reads only (SUBGRAPH_RETRIES). */
  retries: number;
  /** The first backoff's upper bound; each next one doubles it (SUBGRAPH_RETRY_BACKOFF_MS). */
  backoffMs: number;
  /** Failed attempts in a row that open a subgraph's circuit (CIRCUIT_FAILURES). */
  circuitFailures: number;
  /** How long an open circuit answers at once before it lets one trial request through (CIRCUIT_COOLDOWN_MS). */
  circuitCooldownMs: number;
}

export const DEFAULT_RESILIENCE: ResilienceSettings = { deadlineMs: 5_000, retries: 2, backoffMs: 50, circuitFailures: 5, circuitCooldownMs: 5_000 };

/** The environment variables (checked at start with the rest of the gateway's, gateway/src/config.ts). */
export const resilienceSettings = {
  SUBGRAPH_RETRIES: setting.integer(DEFAULT_RESILIENCE.retries, { max: 5 }),
  SUBGRAPH_RETRY_BACKOFF_MS: setting.integer(DEFAULT_RESILIENCE.backoffMs, { min: 1, max: 10_000 }),
  CIRCUIT_FAILURES: setting.integer(DEFAULT_RESILIENCE.circuitFailures, { min: 1, max: 1_000 }),
  CIRCUIT_COOLDOWN_MS: setting.integer(DEFAULT_RESILIENCE.circuitCooldownMs, { min: 1 }),
};

type Problem = { variable: string; message: string };

/**
 * The timeouts that must line up (docs/operations.md, "Timeouts that line up"): a subgraph must give up
 * on its own work before the gateway gives up on the subgraph, or PostgreSQL goes on working for an
 * answer nobody waits for. The subgraph's variables are checked here when the gateway's environment has
 * them too (one environment for the whole stack, as `npm start` and a shared ConfigMap give).
 */
export function resilienceProblems(config: { SUBGRAPH_TIMEOUT_MS: number; SUBGRAPH_RETRY_BACKOFF_MS: number }, environment: NodeJS.ProcessEnv): Problem[] {
  const problems: Problem[] = [];
  if (config.SUBGRAPH_RETRY_BACKOFF_MS >= config.SUBGRAPH_TIMEOUT_MS) {
    problems.push({ variable: 'SUBGRAPH_RETRY_BACKOFF_MS', message: 'must be shorter than SUBGRAPH_TIMEOUT_MS (a retry must fit in the deadline)' });
  }
  for (const variable of ['REQUEST_DEADLINE_MS', 'DB_STATEMENT_TIMEOUT_MS']) {
    const value = Number(environment[variable]);
    if (environment[variable] && Number.isFinite(value) && value >= config.SUBGRAPH_TIMEOUT_MS) {
      problems.push({ variable, message: `must be shorter than SUBGRAPH_TIMEOUT_MS (${config.SUBGRAPH_TIMEOUT_MS}): a subgraph must give up before the gateway does` });
    }
  }
  return problems;
}

export function resilienceFrom(config: { SUBGRAPH_TIMEOUT_MS: number } & { [K in keyof typeof resilienceSettings]: number }): ResilienceSettings {
  return {
    deadlineMs: config.SUBGRAPH_TIMEOUT_MS,
    retries: config.SUBGRAPH_RETRIES,
    backoffMs: config.SUBGRAPH_RETRY_BACKOFF_MS,
    circuitFailures: config.CIRCUIT_FAILURES,
    circuitCooldownMs: config.CIRCUIT_COOLDOWN_MS,
  };
}

// ---------------------------------------------------------------------------------------------------
// The circuit breaker

export type CircuitState = 'closed' | 'open' | 'half-open';

export interface BreakerCounters {
  state: CircuitState;
  /** Failed attempts since the gateway started (a counter: it only grows). */
  failures: number;
  /** Times the circuit opened since the gateway started. */
  opened: number;
  /** Failed attempts in a row now (0 after a success). */
  consecutiveFailures: number;
  /** Requests answered at once because the circuit was open. */
  rejected: number;
  /** Attempts after a first that failed (retries sent). */
  retries: number;
}

/**
 * closed → (N failed attempts in a row) → open → (cool-down) → half-open: one trial request goes
 * through; its success closes the circuit, its failure opens it again for another cool-down. While
 * open, and while the trial runs, requests are refused without being sent.
 */
export class CircuitBreaker {
  private current: CircuitState = 'closed';
  private openedAt = 0;
  private trialRunning = false;
  readonly counters = { failures: 0, opened: 0, consecutiveFailures: 0, rejected: 0, retries: 0 };

  constructor(
    readonly name: string,
    private readonly settings: Pick<ResilienceSettings, 'circuitFailures' | 'circuitCooldownMs'>,
    private readonly now: () => number = Date.now,
  ) {}

  /** The state as of now: an open circuit whose cool-down is over reads half-open. */
  get state(): CircuitState {
    if (this.current === 'open' && this.now() - this.openedAt >= this.settings.circuitCooldownMs) this.current = 'half-open';
    return this.current;
  }

  /** Whether a request may be sent now; a half-open circuit lets exactly one through until it is settled. */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'half-open' && !this.trialRunning) {
      this.trialRunning = true;
      return true;
    }
    this.counters.rejected++;
    return false;
  }

  success(): void {
    this.trialRunning = false;
    this.counters.consecutiveFailures = 0;
    this.current = 'closed';
  }

  failure(): void {
    this.counters.failures++;
    this.counters.consecutiveFailures++;
    const wasTrial = this.trialRunning;
    this.trialRunning = false;
    if (wasTrial || (this.current === 'closed' && this.counters.consecutiveFailures >= this.settings.circuitFailures)) this.open();
  }

  /** A request let through that ended without saying anything of the subgraph (the caller went away). */
  release(): void {
    this.trialRunning = false;
  }

  private open(): void {
    this.current = 'open';
    this.openedAt = this.now();
    this.counters.opened++;
  }

  snapshot(): BreakerCounters {
    return { state: this.state, ...this.counters };
  }
}

/** The breakers of one gateway, one per subgraph. */
export class Breakers {
  private readonly byName = new Map<string, CircuitBreaker>();

  constructor(private readonly settings: Pick<ResilienceSettings, 'circuitFailures' | 'circuitCooldownMs'>) {}

  of(name: string): CircuitBreaker {
    let breaker = this.byName.get(name);
    if (!breaker) this.byName.set(name, (breaker = new CircuitBreaker(name, this.settings)));
    return breaker;
  }

  states(): Record<string, BreakerCounters> {
    return Object.fromEntries([...this.byName].map(([name, breaker]) => [name, breaker.snapshot()]));
  }
}

/** The breakers of the gateway this process serves (the last one built: a process runs one). */
let processBreakers: Breakers | null = null;

export function useProcessBreakers(breakers: Breakers): void {
  processBreakers = breakers;
}

/**
 * Each subgraph's circuit and its counters, for metrics (a gauge per state, counters for failures,
 * openings, rejections and retries) and for /ready.
 */
export function breakerStates(): Record<string, BreakerCounters> {
  return processBreakers?.states() ?? {};
}

// ---------------------------------------------------------------------------------------------------
// Backoff and what may be retried

/**
 * "Full jitter": the n-th retry (1-based) waits a random time in [0, backoffMs · 2^(n-1)), so retries
 * of many requests that failed together do not arrive together.
 */
export function backoffDelay(retry: number, backoffMs: number, random: () => number = Math.random): number {
  return Math.floor(random() * backoffMs * 2 ** (retry - 1));
}

/** Transport errors that mean the request got no answer: no connection, or the connection dropped. */
const RETRYABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  // undici (gateway/src/subgraph-client.ts): socket closed, no connection in time, no headers in time.
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_CLOSED',
]);
const RETRYABLE_STATUS = new Set([502, 503, 504]);

function errorCode(error: unknown): string | undefined {
  let e = error as { code?: unknown; errno?: unknown; type?: unknown; cause?: unknown } | undefined;
  // fetch() and undici wrap the system error in `cause`; make-fetch-happen (stock Apollo's fetcher) puts it on the error itself.
  for (let depth = 0; e && depth < 3; depth++, e = e.cause as typeof e) {
    if (typeof e.code === 'string' && RETRYABLE_CODES.has(e.code)) return e.code;
    if (typeof e.errno === 'string' && RETRYABLE_CODES.has(e.errno)) return e.errno;
    // make-fetch-happen's own per-request timeout: nothing was answered.
    if (e.type === 'request-timeout') return 'ETIMEDOUT';
  }
  return undefined;
}

export const isRetryableError = (error: unknown) => errorCode(error) !== undefined;

/**
 * Whether the subgraph operation in a request body only reads: every operation in its document is a
 * `query`. A mutation's root fields are never sent twice. Parsed only when a retry is considered.
 */
export function isReadOnly(body: FetcherRequestInit['body']): boolean {
  try {
    const { query } = JSON.parse(String(body ?? '')) as { query?: unknown };
    if (typeof query !== 'string') return false;
    const definitions = parse(query, { noLocation: true }).definitions;
    return definitions.length > 0 && definitions.every((d) => d.kind !== 'OperationDefinition' || d.operation === 'query');
  } catch {
    return false;
  }
}

/**
 * The same envelope with a new nonce and signing time: a subgraph refuses a nonce it has seen
 * (kit auth.ts, ReplayGuard), so every attempt is a request of its own; the signing fetcher inside
 * signs it afresh.
 */
export function renewEnvelope(init: FetcherRequestInit): FetcherRequestInit {
  const headers = { ...init.headers };
  const name = Object.keys(headers).find((h) => h.toLowerCase() === CONTEXT_HEADER);
  if (!name) return init;
  const envelope = JSON.parse(Buffer.from(headers[name], 'base64url').toString('utf8')) as GatewayEnvelope;
  headers[name] = encodeEnvelope({ ...envelope, nonce: undefined, iat: Math.floor(Date.now() / 1000) });
  return { ...init, headers };
}

// ---------------------------------------------------------------------------------------------------
// The wrapper

/** The answer for a subgraph whose circuit is open: public, says nothing of hosts, names no subgraph. */
export function circuitOpenError(): GraphQLError {
  return new GraphQLError('Part of this answer is temporarily unavailable; try again in a moment', { extensions: { code: 'SERVICE_UNAVAILABLE' } });
}

/** The deadline passed: masked like any other failure (the log has the subgraph's name). */
export class SubgraphDeadlineError extends Error {
  constructor(name: string, ms: number) {
    super(`${name} did not answer within ${ms} ms`);
    this.name = 'SubgraphDeadlineError';
  }
}

export interface ResilientFetcherOptions extends ResilienceSettings {
  breaker: CircuitBreaker;
  /** Called before each attempt after the first (default: a new nonce for the signed envelope). */
  renew?: (init: FetcherRequestInit) => FetcherRequestInit;
  random?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** Rejects when `signal` aborts; marked handled, since it outlives the race it is used in. */
function whenAborted(signal: AbortSignal): Promise<never> {
  const aborted = new Promise<never>((_, reject) => {
    if (signal.aborted) return reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
  aborted.catch(() => undefined);
  return aborted;
}

const sleepFor = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * Wraps `fetcher`: every attempt goes through the subgraph's breaker; all attempts share one deadline
 * (an AbortSignal passed to the fetcher, so the transport closes its socket to the subgraph and the
 * subgraph cancels its SQL); a read that got no answer (a connection error, 502, 503, 504) is sent again
 * after a jittered backoff, at most `retries` times and only if the backoff ends before the deadline.
 * A mutation is sent once, whatever happens.
 */
export function resilientFetcher(fetcher: Fetcher, options: ResilientFetcherOptions): Fetcher {
  const { breaker, renew = renewEnvelope, random = Math.random, sleep = sleepFor } = options;
  return async (url, init = {}) => {
    const started = Date.now();
    const deadline = AbortSignal.timeout(options.deadlineMs);
    const signal = init.signal ? AbortSignal.any([init.signal as AbortSignal, deadline]) : deadline;
    let readOnly: boolean | undefined;
    for (let attempt = 0; ; attempt++) {
      if (!breaker.tryAcquire()) throw circuitOpenError();
      if (attempt > 0) breaker.counters.retries++;
      let response: FetcherResponse | undefined;
      let failure: unknown;
      try {
        const sent = fetcher(url, { ...(attempt > 0 ? renew(init) : init), signal });
        // The transport should end the request on `signal` (closing its socket, so the subgraph cancels
        // its SQL); the deadline holds here even for one that does not.
        sent.catch(() => undefined);
        response = await Promise.race([sent, whenAborted(signal)]);
      } catch (error) {
        failure = error;
      }
      if (response && response.status < 500) {
        breaker.success();
        return response;
      }
      if (signal.aborted) {
        // The caller went away: says nothing of the subgraph.
        if (!deadline.aborted) {
          breaker.release();
          throw failure ?? new Error('subgraph request aborted');
        }
        // The deadline passed: the subgraph was too slow; all the time is used, so no retry.
        breaker.failure();
        throw new SubgraphDeadlineError(breaker.name, options.deadlineMs);
      }
      breaker.failure();
      const retryable = response ? RETRYABLE_STATUS.has(response.status) : isRetryableError(failure);
      const delay = backoffDelay(attempt + 1, options.backoffMs, random);
      readOnly ??= retryable ? isReadOnly(init.body) : false;
      const canRetry = retryable && readOnly && attempt < options.retries && Date.now() - started + delay < options.deadlineMs;
      if (!canRetry) {
        if (response) return response;
        throw failure;
      }
      // Free the socket of an answer that will not be read.
      await response?.text().catch(() => undefined);
      await sleep(delay, signal);
      if (deadline.aborted) throw new SubgraphDeadlineError(breaker.name, options.deadlineMs);
      if (signal.aborted) throw new Error('subgraph request aborted');
    }
  };
}
