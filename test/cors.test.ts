/**
 * CORS for a dashboard on another origin: preflights answered before auth, the allow-list exact, and the
 * CORS headers on every answer to an allowed origin, errors included, so the page can read them. And the
 * CSRF refusal a GET without a preflight header gets, which must say what to send.
 */
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import pino from 'pino';
import type { Logger, RunningServer } from '@kansrijk/kit';
import { TEST_SECRET } from '@kansrijk/kit/src/testing';
import { createGateway } from '../gateway/src/server';
import { SUPERGRAPH_FILE } from '../scripts/subgraphs';
import { TEST_JWT_SECRET, startStack, type Stack } from './stack';

const DASHBOARD = 'https://dashboard.example.nl';
const QUERY = '{ municipality(code: "GM0984") { name } }';

let stack: Stack;
let gateway: RunningServer;
let token: string;
let logText = '';

beforeAll(async () => {
  stack = await startStack({ seed: ['partners'] });
  token = await stack.token('analyst');
  const sink = new Writable({ write: (chunk, _encoding, done) => ((logText += String(chunk)), done()) });
  gateway = await createGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls: stack.subgraphUrls,
    jwtSecret: TEST_JWT_SECRET,
    subgraphSecret: TEST_SECRET,
    corsOrigins: [DASHBOARD, 'http://localhost:5173'],
    limits: { maxBodyBytes: 4096 },
    logger: pino({ name: 'gateway', level: 'info' }, sink) as unknown as Logger,
  }).listen(0);
});
afterAll(async () => {
  await gateway?.close();
  await stack?.close();
});

const unauthenticatedLines = () => logText.split('\n').filter((l) => l.includes('unauthenticated request')).length;

function preflight(origin: string) {
  return fetch(gateway.url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
  });
}

function post(body: string, headers: Record<string, string>) {
  return fetch(gateway.url, { method: 'POST', headers: { origin: DASHBOARD, 'content-type': 'application/json', ...headers }, body });
}

function expectCorsHeaders(response: Response) {
  expect(response.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
  expect(response.headers.get('vary')).toMatch(/Origin/);
  expect(response.headers.get('access-control-expose-headers')).toBe('x-request-id');
  expect(response.headers.get('access-control-allow-credentials')).toBeNull();
}

describe('CORS preflight', () => {
  it('answers a preflight from an allowed origin with 204 and the CORS headers, without a token', async () => {
    const before = unauthenticatedLines();
    const response = await preflight(DASHBOARD);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(response.headers.get('vary')).toMatch(/Origin/);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    const allowed = response.headers.get('access-control-allow-headers')!.split(/,\s*/);
    expect(allowed).toEqual(expect.arrayContaining(['authorization', 'content-type', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id']));
    expect(response.headers.get('access-control-max-age')).toBe('600');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(unauthenticatedLines()).toBe(before);
  });

  it('refuses a preflight from another origin with 403, no CORS allow headers, and never reaches auth', async () => {
    const before = unauthenticatedLines();
    // Exact match only: a look-alike, another port, another scheme.
    for (const origin of ['https://evil.example', 'https://dashboard.example.nl.evil.example', 'http://dashboard.example.nl', 'http://localhost:5174']) {
      const response = await preflight(origin);
      expect(response.status).toBe(403);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.headers.get('access-control-allow-methods')).toBeNull();
      expect(response.headers.get('access-control-allow-headers')).toBeNull();
    }
    expect(unauthenticatedLines()).toBe(before);
  });
});

describe('CORS headers on actual requests', () => {
  it('puts them on the 200 of an allowed origin with a valid token', async () => {
    const response = await post(JSON.stringify({ query: QUERY }), { authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expectCorsHeaders(response);
    expect(response.headers.get('x-request-id')).toBeTruthy();
    expect(await response.json()).toEqual({ data: { municipality: { name: 'Venray' } } });
  });

  it('puts them on the 401 (no token), the 413 and the 400 too, so the page can read the error', async () => {
    const unauthenticated = await post(JSON.stringify({ query: QUERY }), {});
    expect(unauthenticated.status).toBe(401);
    expectCorsHeaders(unauthenticated);
    const tooLarge = await post(JSON.stringify({ query: QUERY, variables: { pad: 'x'.repeat(8000) } }), { authorization: `Bearer ${token}` });
    expect(tooLarge.status).toBe(413);
    expectCorsHeaders(tooLarge);
    const malformed = await post('{"query":', { authorization: `Bearer ${token}` });
    expect(malformed.status).toBe(400);
    expectCorsHeaders(malformed);
  });

  it('gives another origin no allow headers (the browser keeps the answer from its page)', async () => {
    const response = await fetch(gateway.url, { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: QUERY }) });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/Origin/);
  });

  it('sends no CORS headers at all when no origins are configured (the default)', async () => {
    const response = await stack.query(QUERY);
    expect(response.status).toBe(200);
    const plain = await fetch(stack.gatewayUrl, { method: 'OPTIONS', headers: { origin: DASHBOARD, 'access-control-request-method': 'POST' } });
    expect(plain.status).toBe(403);
    expect(plain.headers.get('access-control-allow-origin')).toBeNull();
    expect(plain.headers.get('vary')).toBeNull();
  });
});

describe('CSRF refusal for client authors', () => {
  const url = () => `${gateway.url}?query=${encodeURIComponent(QUERY)}`;

  it('refuses a GET query without the CSRF header with a 400 that says what to send', async () => {
    const response = await fetch(url(), { headers: { origin: DASHBOARD, authorization: `Bearer ${token}` } });
    expect(response.status).toBe(400);
    expectCorsHeaders(response);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body.errors[0].message).toContain('Content-Type: application/json');
    expect(body.errors[0].message).toContain('apollo-require-preflight: true');
    expect(body.errors[0].message).toContain('x-apollo-operation-name');
  });

  it('answers the GET query with apollo-require-preflight: true', async () => {
    const response = await fetch(url(), { headers: { origin: DASHBOARD, authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    expectCorsHeaders(response);
    expect(await response.json()).toEqual({ data: { municipality: { name: 'Venray' } } });
  });
});
