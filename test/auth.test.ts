/**
 * The gateway's front door and the subgraphs' back doors: tokens, signatures, masked errors,
 * health and the offline explorer.
 */
import { createHmac } from 'node:crypto';
import { CONTEXT_HEADER, SIGNATURE_HEADER, encodeEnvelope, signRequest, type SignedParts } from '@kansrijk/kit';
import { SignJWT } from 'jose';
import { TEST_JWT_SECRET, startStack, type Stack } from './stack';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

const QUERY = '{ municipality(code: "GM0984") { name } }';

function base64url(value: object) {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('the gateway', () => {
  it('answers /health', async () => {
    const response = await fetch(stack.gatewayUrl.replace('/graphql', '/health'));
    expect(response.status).toBe(200);
  });

  it('serves the explorer from its own files, with the contract operations and the demo token', async () => {
    const root = stack.gatewayUrl.replace('/graphql', '');
    const page = await fetch(`${root}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
    expect(html).toContain('query LeaOverview');
    expect(html).toContain('demo-token-for-tests');
    for (const asset of ['graphiql.min.js', 'graphiql.min.css', 'react.production.min.js', 'react-dom.production.min.js', 'explorer.js']) {
      const response = await fetch(`${root}/explorer/${asset}`);
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(100);
    }
  });

  it('answers a valid token', async () => {
    const res = await stack.query(QUERY);
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ municipality: { name: 'Venray' } });
  });

  const now = Math.floor(Date.now() / 1000);
  const claims = { sub: 'x', roles: ['analyst'], municipalities: [], organisations: [] };
  const hs256 = (payload: object) => new SignJWT({ ...claims, ...payload }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(TEST_JWT_SECRET));
  const cases: [string, () => Promise<string | null>][] = [
    ['no token', async () => null],
    ['garbage', async () => 'not-a-jwt'],
    ['a token signed with another secret', () => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode('wrong'))],
    ['an expired token', () => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt(now - 7200).setExpirationTime(now - 3600).sign(new TextEncoder().encode(TEST_JWT_SECRET))],
    ['an unsigned token (alg none)', async () => `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ ...claims, exp: now + 3600 })}.`],
    [
      'a tampered token',
      async () => {
        const good = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode(TEST_JWT_SECRET));
        const [h, , s] = good.split('.');
        return `${h}.${base64url({ ...claims, roles: ['admin'], iat: now, exp: now + 3600 })}.${s}`;
      },
    ],
    ['a token without a Kansrijk role', () => hs256({ roles: ['root'], iat: now, exp: now + 3600 })],
    // A token that never really expires: `exp` in the year 285,000.
    ['a token with exp 9e15', () => hs256({ iat: now, exp: 9e15 })],
    ['a token with exp 9e15 and no iat', () => hs256({ exp: 9e15 })],
    ['a token living longer than the maximum (two days)', () => hs256({ iat: now, exp: now + 2 * 86_400 })],
    ['a token issued in the future', () => hs256({ iat: now + 10 * 86_400, exp: now + 10 * 86_400 + 3600 })],
  ];

  it.each(cases)('refuses %s with UNAUTHENTICATED and no data', async (_name, make) => {
    const res = await stack.query(QUERY, {}, await make());
    expect(res.status).toBe(401);
    expect(res.data).toBeUndefined();
    expect(res.errors).toEqual([{ message: 'A valid bearer token is required', extensions: { code: 'UNAUTHENTICATED', requestId: expect.any(String) } }]);
  });

  it('names the field of bad input and leaks nothing internal', async () => {
    const res = await stack.query('{ municipality(code: "Venray") { name } }');
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'code', requestId: expect.any(String) });
    const text = JSON.stringify(res);
    expect(text).not.toMatch(/127\.0\.0\.1|localhost|stack|SELECT|at .*\.ts/);
  });
});

describe('the subgraphs', () => {
  const body = JSON.stringify({ query: '{ municipalities { code } }' });

  async function post(url: string, headers: Record<string, string>) {
    return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  }

  it.each(['partners', 'children', 'budgets', 'interventions'])('%s refuses a request without the gateway signature (401)', async (name) => {
    const response = await post(stack.subgraphUrls[name], {});
    expect(response.status).toBe(401);
    const json = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(json.data).toBeUndefined();
    expect(json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a forged signature, a signature over another body, and an old signature', async () => {
    const url = stack.subgraphUrls.partners;
    const claims = { sub: 'x', roles: ['admin' as const], municipalities: [], organisations: [] };
    const parts = (envelope: string, changes: Partial<SignedParts> = {}): SignedParts => ({ method: 'POST', target: '/graphql', contentType: 'application/json', envelope, body, ...changes });
    const fresh = () => encodeEnvelope({ claims, requestId: 'r', operationName: null, iat: Math.floor(Date.now() / 1000) });
    const e1 = fresh();
    const forged = createHmac('sha256', 'guessed-secret').update(e1).digest('base64url');
    expect((await post(url, { [CONTEXT_HEADER]: e1, [SIGNATURE_HEADER]: forged })).status).toBe(401);
    const e2 = fresh();
    const otherBody = signRequest('test-subgraph-secret', parts(e2, { body: '{"query":"{ __typename }"}' }));
    expect((await post(url, { [CONTEXT_HEADER]: e2, [SIGNATURE_HEADER]: otherBody })).status).toBe(401);
    const old = encodeEnvelope({ claims, requestId: 'r', operationName: null, iat: Math.floor(Date.now() / 1000) - 3600 });
    expect((await post(url, { [CONTEXT_HEADER]: old, [SIGNATURE_HEADER]: signRequest('test-subgraph-secret', parts(old)) })).status).toBe(401);
    const e3 = fresh();
    expect((await post(url, { [CONTEXT_HEADER]: e3, [SIGNATURE_HEADER]: signRequest('test-subgraph-secret', parts(e3)) })).status).toBe(200);
  });

  it('refuses a captured signature used again, or for the operation in a GET URL', async () => {
    const url = stack.subgraphUrls.partners;
    const claims = { sub: 'attacker', roles: ['admin' as const], municipalities: [], organisations: [] };
    const envelope = encodeEnvelope({ claims, requestId: 'r', operationName: null, iat: Math.floor(Date.now() / 1000) });
    const headers = { [CONTEXT_HEADER]: envelope, [SIGNATURE_HEADER]: signRequest('test-subgraph-secret', { method: 'POST', target: '/graphql', contentType: 'application/json', envelope, body }) };
    expect((await post(url, headers)).status).toBe(200);
    // The identical request again: its nonce was seen.
    const replayed = await post(url, headers);
    expect(replayed.status).toBe(401);
    // The same headers on a GET whose URL carries another operation: subgraphs take only POST.
    const placements = encodeURIComponent('{ organisation(id: "kinderopvang-t-nest") { name kvkNumber } }');
    const get = await fetch(`${url}?query=${placements}`, { method: 'GET', headers: { ...headers, 'content-type': 'application/json' } });
    expect(get.status).toBe(405);
    expect(JSON.stringify(await get.json())).not.toMatch(/"[KIP][0-9A-F]{10}"/);
    // And a POST to a URL with a query string is another request than the one signed.
    expect((await fetch(`${url}?query=${placements}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body })).status).toBe(401);
  });
});
