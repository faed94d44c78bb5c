import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { CONTEXT_HEADER, encodeEnvelope } from '@kansrijk/kit';
import { gatewayConfig } from '../config';
import { backoffDelay, CircuitBreaker, isReadOnly, isRetryableError, renewEnvelope, resilientFetcher, type ResilientFetcherOptions } from '../resilience';

describe('the circuit breaker', () => {
  let now = 0;
  const breaker = () => new CircuitBreaker('budgets', { circuitFailures: 3, circuitCooldownMs: 1000 }, () => now);
  beforeEach(() => (now = 1_000_000));

  it('opens after N failed attempts in a row, not after N scattered between successes', () => {
    const b = breaker();
    b.failure();
    b.failure();
    b.success();
    b.failure();
    b.failure();
    expect(b.state).toBe('closed');
    b.failure();
    expect(b.snapshot()).toMatchObject({ state: 'open', failures: 5, opened: 1, consecutiveFailures: 3 });
  });

  it('refuses while open, lets exactly one trial through after the cool-down, and closes on its success', () => {
    const b = breaker();
    for (let i = 0; i < 3; i++) b.failure();
    expect(b.tryAcquire()).toBe(false);
    now += 999;
    expect(b.tryAcquire()).toBe(false);
    now += 1;
    expect(b.state).toBe('half-open');
    expect(b.tryAcquire()).toBe(true);
    // The trial is running: the others are still refused.
    expect(b.tryAcquire()).toBe(false);
    b.success();
    expect(b.snapshot()).toMatchObject({ state: 'closed', consecutiveFailures: 0, rejected: 3, opened: 1 });
    expect(b.tryAcquire()).toBe(true);
  });

  it('opens again for a whole cool-down when the trial fails', () => {
    const b = breaker();
    for (let i = 0; i < 3; i++) b.failure();
    now += 1000;
    expect(b.tryAcquire()).toBe(true);
    b.failure();
    expect(b.snapshot()).toMatchObject({ state: 'open', opened: 2 });
    now += 999;
    expect(b.tryAcquire()).toBe(false);
    now += 1;
    expect(b.tryAcquire()).toBe(true);
  });

  it('lets the next trial through when a trial ended without a verdict (the caller went away)', () => {
    const b = breaker();
    for (let i = 0; i < 3; i++) b.failure();
    now += 1000;
    expect(b.tryAcquire()).toBe(true);
    b.release();
    expect(b.state).toBe('half-open');
    expect(b.tryAcquire()).toBe(true);
  });
});

describe('backoff', () => {
  it('stays within [0, base · 2^(n-1)) for every retry, with the bounds reached at the ends of the random range', () => {
    for (const retry of [1, 2, 3, 4]) {
      const cap = 50 * 2 ** (retry - 1);
      expect(backoffDelay(retry, 50, () => 0)).toBe(0);
      expect(backoffDelay(retry, 50, () => 0.999999)).toBe(cap - 1);
      for (let i = 0; i < 200; i++) {
        const d = backoffDelay(retry, 50);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThan(cap);
      }
    }
  });
});

describe('what may be retried', () => {
  it('reads only: a query or a shorthand query, never a document with a mutation', () => {
    const body = (query: string) => JSON.stringify({ query, variables: {} });
    expect(isReadOnly(body('query Venray__partners__0($code:ID!){municipality(code:$code){name}}'))).toBe(true);
    expect(isReadOnly(body('{municipality(code:"GM0984"){name}}'))).toBe(true);
    expect(isReadOnly(body('  # a comment\n query($representations:[_Any!]!){_entities(representations:$representations){__typename}}'))).toBe(true);
    expect(isReadOnly(body('mutation($input:CreateOrganisationInput!){createOrganisation(input:$input){id}}'))).toBe(false);
    expect(isReadOnly(body('query A{a} mutation B{b}'))).toBe(false);
    expect(isReadOnly(body('subscription{a}'))).toBe(false);
    expect(isReadOnly('not json')).toBe(false);
    expect(isReadOnly(JSON.stringify({ variables: {} }))).toBe(false);
  });

  it('connection errors, from Node, fetch and undici, and no other error', () => {
    expect(isRetryableError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isRetryableError(new TypeError('fetch failed', { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) }))).toBe(true);
    expect(isRetryableError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isRetryableError(Object.assign(new Error('timed out'), { type: 'request-timeout' }))).toBe(true);
    expect(isRetryableError(new Error('Expected JSON response body'))).toBe(false);
    expect(isRetryableError(Object.assign(new Error('aborted'), { name: 'AbortError', code: 'ABORT_ERR' }))).toBe(false);
  });

  it('renews the envelope with a new nonce and signing time, keeping the claims', () => {
    const envelope = encodeEnvelope({ claims: { sub: 'x', roles: ['lea'], municipalities: [], organisations: [] }, requestId: 'r', operationName: 'Op', iat: 1 });
    const renewed = renewEnvelope({ headers: { [CONTEXT_HEADER]: envelope, 'content-type': 'application/json' }, body: '{}' });
    const decode = (e: string) => JSON.parse(Buffer.from(e, 'base64url').toString('utf8'));
    const [before, after] = [decode(envelope), decode(renewed.headers![CONTEXT_HEADER])];
    expect(after.nonce).not.toBe(before.nonce);
    expect(after.iat).toBeGreaterThan(1);
    expect(after).toMatchObject({ claims: before.claims, requestId: 'r', operationName: 'Op' });
  });
});

describe('the resilient fetcher over real HTTP', () => {
  let server: Server;
  let url: string;
  /** What the server does with the n-th request (0-based): drop the connection, answer a status, or hang. */
  let plan: ('drop' | 'hang' | number)[];
  let received: { nonce: string }[];
  /** Connections of hanging requests that the client closed. */
  let hangsClosed = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      received.push({ nonce: JSON.parse(Buffer.from(String(req.headers[CONTEXT_HEADER] ?? 'e30'), 'base64url').toString()).nonce });
      const step = plan[received.length - 1] ?? 200;
      req.resume();
      if (step === 'drop') return req.socket.destroy();
      if (step === 'hang') return void req.socket.once('close', () => hangsClosed++);
      res.writeHead(step, { 'content-type': 'application/json' }).end('{"data":{}}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    plan = [];
    received = [];
  });

  const transport: Fetcher = (u, init) => fetch(u, init as RequestInit) as unknown as Promise<FetcherResponse>;
  const options = (extra: Partial<ResilientFetcherOptions> = {}): ResilientFetcherOptions => ({
    deadlineMs: 2000,
    retries: 2,
    backoffMs: 10,
    circuitFailures: 5,
    circuitCooldownMs: 60_000,
    breaker: new CircuitBreaker('test', { circuitFailures: 5, circuitCooldownMs: 60_000 }),
    ...extra,
  });
  const envelope = () => encodeEnvelope({ claims: { sub: 'x', roles: [], municipalities: [], organisations: [] }, requestId: 'r', operationName: null, iat: Math.floor(Date.now() / 1000) });
  const send = (fetcher: Fetcher, query: string) =>
    fetcher(url, { method: 'POST', headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: envelope() }, body: JSON.stringify({ query }) });

  it('sends a read again after a dropped connection and a 503, each time with a new nonce', async () => {
    plan = ['drop', 503, 200];
    const o = options();
    const response = await send(resilientFetcher(transport, o), '{ a }');
    expect(response.status).toBe(200);
    expect(received).toHaveLength(3);
    expect(new Set(received.map((r) => r.nonce)).size).toBe(3);
    expect(o.breaker.snapshot()).toMatchObject({ state: 'closed', failures: 2, retries: 2, consecutiveFailures: 0 });
  });

  it('gives up after the bounded number of retries and hands back the last answer', async () => {
    plan = [503, 503, 503, 503];
    const response = await send(resilientFetcher(transport, options()), '{ a }');
    expect(response.status).toBe(503);
    expect(received).toHaveLength(3);
  });

  it('never sends a mutation twice, neither after a dropped connection nor after a 503', async () => {
    plan = ['drop'];
    await expect(send(resilientFetcher(transport, options()), 'mutation { a }')).rejects.toThrow();
    expect(received).toHaveLength(1);
    plan = [503];
    received = [];
    expect((await send(resilientFetcher(transport, options()), 'mutation { a }')).status).toBe(503);
    expect(received).toHaveLength(1);
  });

  it('does not retry a 500 (the subgraph answered: the failure is its own)', async () => {
    plan = [500];
    expect((await send(resilientFetcher(transport, options()), '{ a }')).status).toBe(500);
    expect(received).toHaveLength(1);
  });

  it('ends every attempt at the deadline, closing the connection, and does not retry past it', async () => {
    plan = ['hang', 'hang'];
    const o = options({ deadlineMs: 300 });
    hangsClosed = 0;
    await expect(send(resilientFetcher(transport, o), '{ a }')).rejects.toThrow(/did not answer within 300 ms/);
    for (let i = 0; i < 100 && hangsClosed === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(hangsClosed).toBe(1);
    expect(received).toHaveLength(1);
    expect(o.breaker.counters.failures).toBe(1);
  });

  it('holds the deadline even over a transport that ignores the abort signal', async () => {
    const deaf: Fetcher = () => new Promise(() => undefined);
    const o = options({ deadlineMs: 200 });
    await expect(send(resilientFetcher(deaf, o), '{ a }')).rejects.toThrow(/did not answer within 200 ms/);
    expect(o.breaker.counters.failures).toBe(1);
  });

  it('once the circuit is open, answers at once without sending anything', async () => {
    plan = ['drop', 'drop', 'drop'];
    const o = options({ retries: 2, breaker: new CircuitBreaker('test', { circuitFailures: 3, circuitCooldownMs: 60_000 }) });
    const fetcher = resilientFetcher(transport, o);
    await expect(send(fetcher, '{ a }')).rejects.toThrow();
    expect(o.breaker.state).toBe('open');
    await expect(send(fetcher, '{ a }')).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect(received).toHaveLength(3);
    expect(o.breaker.counters.rejected).toBe(1);
  });
});

describe('configuration', () => {
  const base = { JWT_SECRET: 'test-jwt-secret', SUBGRAPH_SECRET: 'test-subgraph-secret' };

  it('has defaults and names a bad variable', () => {
    expect(gatewayConfig(base)).toMatchObject({ SUBGRAPH_TIMEOUT_MS: 5000, SUBGRAPH_RETRIES: 2, SUBGRAPH_RETRY_BACKOFF_MS: 50, CIRCUIT_FAILURES: 5, CIRCUIT_COOLDOWN_MS: 5000 });
    expect(() => gatewayConfig({ ...base, SUBGRAPH_RETRIES: '9' })).toThrow(/SUBGRAPH_RETRIES: must be at most 5/);
    expect(() => gatewayConfig({ ...base, CIRCUIT_FAILURES: '0' })).toThrow(/CIRCUIT_FAILURES: must be at least 1/);
    expect(() => gatewayConfig({ ...base, CIRCUIT_COOLDOWN_MS: 'soon' })).toThrow(/CIRCUIT_COOLDOWN_MS: must be a whole number/);
  });

  it('refuses a subgraph deadline or statement timeout not shorter than its own subgraph timeout, when it sees them', () => {
    expect(() => gatewayConfig({ ...base, SUBGRAPH_TIMEOUT_MS: '3000', DB_STATEMENT_TIMEOUT_MS: '4000' })).toThrow(/DB_STATEMENT_TIMEOUT_MS: must be shorter than SUBGRAPH_TIMEOUT_MS \(3000\)/);
    expect(() => gatewayConfig({ ...base, REQUEST_DEADLINE_MS: '5000' })).toThrow(/REQUEST_DEADLINE_MS: must be shorter than SUBGRAPH_TIMEOUT_MS/);
    expect(() => gatewayConfig({ ...base, SUBGRAPH_TIMEOUT_MS: '100', SUBGRAPH_RETRY_BACKOFF_MS: '100' })).toThrow(/SUBGRAPH_RETRY_BACKOFF_MS: must be shorter/);
    expect(gatewayConfig({ ...base, REQUEST_DEADLINE_MS: '4500', DB_STATEMENT_TIMEOUT_MS: '4000' }).SUBGRAPH_TIMEOUT_MS).toBe(5000);
  });
});
