import { parseTokenArgs } from '../scripts/token';
import { SignJWT } from 'jose';
import { DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, signToken, verifyToken } from '../gateway/src/tokens';

describe('npm run token', () => {
  it('reads repeated roles, municipalities and organisations', () => {
    expect(parseTokenArgs(['--role', 'lea', '--municipality', 'GM0984', '--municipality=GM0556', '--organisation', 'jens']).claims).toEqual({
      sub: 'lea-user',
      roles: ['lea'],
      municipalities: ['GM0984', 'GM0556'],
      organisations: ['jens'],
    });
  });

  it.each([[[]], [['--role', 'root']], [['--role', 'lea', '--municipality', 'Venray']], [['--role']], [['--colour', 'red']]])(
    'refuses %j',
    (args) => {
      expect(() => parseTokenArgs(args as string[])).toThrow();
    },
  );

  it('issues a token the gateway accepts', async () => {
    const { claims } = parseTokenArgs(['--role', 'partner', '--organisation', 'kinderopvang-t-nest']);
    const token = await signToken(claims, { secret: 's' });
    await expect(verifyToken(token, { secret: 's' })).resolves.toEqual({ ok: true, claims });
    await expect(verifyToken(token, { secret: 'other' })).resolves.toEqual({ ok: false, reason: 'token invalid' });
  });
});

describe('token lifetime, issuer and audience', () => {
  const secret = 'lifetime-test-secret';
  const claims = { sub: 'x', roles: ['analyst'], municipalities: [], organisations: [] };
  const now = Math.floor(Date.now() / 1000);
  const hs256 = (payload: Record<string, unknown>) => new SignJWT({ ...claims, ...payload }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(secret));

  it('defaults the maximum lifetime to a day', () => {
    expect(DEFAULT_MAX_TOKEN_LIFETIME_SECONDS).toBe(86_400);
  });

  it.each([
    ['an exp far in the future (9e15) without iat', { exp: 9e15 }, 'claim iat invalid'],
    ['an exp far in the future (9e15) with iat', { iat: now, exp: 9e15 }, 'token lifetime over 86400 s'],
    ['a lifetime of a day and a second', { iat: now, exp: now + 86_401 }, 'token lifetime over 86400 s'],
    ['an iat in the future, to make a long-lived token look short', { iat: now + 30 * 86_400, exp: now + 30 * 86_400 + 3600 }, 'token issued in the future'],
    ['no iat', { exp: now + 3600 }, 'claim iat invalid'],
  ])('refuses %s', async (_name, payload, reason) => {
    await expect(verifyToken(await hs256(payload), { secret })).resolves.toEqual({ ok: false, reason });
  });

  it('accepts a lifetime of exactly the maximum, and a configured shorter maximum refuses it', async () => {
    const token = await hs256({ iat: now, exp: now + 86_400 });
    expect((await verifyToken(token, { secret })).ok).toBe(true);
    await expect(verifyToken(token, { secret, maxLifetimeSeconds: 3600 })).resolves.toEqual({ ok: false, reason: 'token lifetime over 3600 s' });
  });

  it('checks iss and aud on HS256 tokens when configured', async () => {
    const options = { secret, issuer: 'https://idp.example/', audience: 'kansrijk' };
    const good = await signToken(claims, { secret, issuer: options.issuer, audience: options.audience });
    expect((await verifyToken(good, options)).ok).toBe(true);
    await expect(verifyToken(await signToken(claims, { secret, issuer: 'https://evil.example/', audience: 'kansrijk' }), options)).resolves.toEqual({ ok: false, reason: 'claim iss invalid' });
    await expect(verifyToken(await signToken(claims, { secret, issuer: options.issuer, audience: 'other-app' }), options)).resolves.toEqual({ ok: false, reason: 'claim aud invalid' });
    await expect(verifyToken(await signToken(claims, { secret }), options)).resolves.toEqual({ ok: false, reason: 'claim iss invalid' });
  });

  it('does not mint a token the gateway would refuse for its lifetime', async () => {
    await expect(signToken(claims, { secret, expiresIn: '30d' })).rejects.toThrow(/over the maximum of 86400 s/);
    await expect(signToken(claims, { secret, expiresIn: '2h', maxLifetimeSeconds: 3600 })).rejects.toThrow(/JWT_MAX_LIFETIME_SECONDS/);
    expect((await verifyToken(await signToken(claims, { secret, expiresIn: '24h' }), { secret })).ok).toBe(true);
  });
});
