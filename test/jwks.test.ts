/**
 * Tokens from a real identity provider: RS256, keys published as a JWKS, issuer and audience checked.
 * A local HTTP server plays the provider's `jwks_uri`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type KeyLike } from 'jose';
import { verifyToken } from '../gateway/src/tokens';

let server: Server;
let jwksUrl: string;
let privateKey: KeyLike;
let otherKey: KeyLike;
let publicPem: string;

const ISSUER = 'https://login.example-gemeente.nl/';
const AUDIENCE = 'kansrijk';
const claims = { roles: ['lea'], municipalities: ['GM0984'], organisations: [] };

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  privateKey = pair.privateKey;
  otherKey = (await generateKeyPair('RS256')).privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
  publicPem = JSON.stringify(jwk);
  server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function rs256(key: KeyLike, overrides: { iss?: string; aud?: string; kid?: string; exp?: string | number; iat?: number } = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: overrides.kid ?? 'key-1' })
    .setSubject('user-1')
    .setIssuedAt(overrides.iat)
    .setIssuer(overrides.iss ?? ISSUER)
    .setAudience(overrides.aud ?? AUDIENCE)
    .setExpirationTime(overrides.exp ?? '1h')
    .sign(key);
}

const options = () => ({ jwksUrl, issuer: ISSUER, audience: AUDIENCE });

describe('RS256 tokens from an identity provider (JWKS)', () => {
  it("accepts a token signed with the provider's key", async () => {
    await expect(verifyToken(await rs256(privateKey), options())).resolves.toEqual({
      ok: true,
      claims: { sub: 'user-1', roles: ['lea'], municipalities: ['GM0984'], organisations: [] },
    });
  });

  it.each([
    ['signed with another key', () => rs256(otherKey)],
    ['for another audience', () => rs256(privateKey, { aud: 'someone-else' })],
    ['from another issuer', () => rs256(privateKey, { iss: 'https://evil.example/' })],
    ['expired', () => rs256(privateKey, { exp: '-1m' })],
    ['with an unknown key id', () => rs256(privateKey, { kid: 'key-9' })],
    ['living longer than the maximum lifetime', () => rs256(privateKey, { exp: '30d' })],
    ['with exp 9e15', () => rs256(privateKey, { exp: 9e15 })],
    // Algorithm confusion: the public key (known to anyone) used as an HMAC secret.
    ['HS256 with the public key as secret', () => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setExpirationTime('1h').sign(new TextEncoder().encode(publicPem))],
  ])('refuses a token %s', async (_name, make) => {
    const result = await verifyToken(await make(), options());
    expect(result.ok).toBe(false);
  });

  it('refuses a token without an expiry', async () => {
    const token = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'key-1' }).setSubject('x').setIssuer(ISSUER).setAudience(AUDIENCE).sign(privateKey);
    expect((await verifyToken(token, options())).ok).toBe(false);
  });
});
