import { createSecretKey, type KeyObject } from 'node:crypto';
import { SignJWT, createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, errors as joseErrors, type JWTVerifyGetKey } from 'jose';
import { normaliseClaims, type Claims } from '@kansrijk/kit';
import { ROLES } from '@kansrijk/domain';

export interface TokenOptions {
  /** HS256 shared secret (JWT_SECRET). */
  secret?: string;
  /** RS256 keys of an identity provider (JWKS_URL). */
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  /** The longest a token may be valid, `exp - iat` in seconds (JWT_MAX_LIFETIME_SECONDS). */
  maxLifetimeSeconds?: number;
}

/** A day: long enough for a working day's session, short enough that a leaked token soon dies. */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 86_400;
/** Clocks of the issuer and the gateway may differ this much (an `iat` a little in the future). */
const CLOCK_SKEW_SECONDS = 60;

/** The HS256 key imported once per secret: verifying then skips encoding and importing it again. */
const secretKeys = new Map<string, KeyObject>();
function key(secret: string): KeyObject {
  let imported = secretKeys.get(secret);
  if (!imported) {
    imported = createSecretKey(Buffer.from(secret, 'utf8'));
    secretKeys.set(secret, imported);
  }
  return imported;
}
const keySets = new Map<string, JWTVerifyGetKey>();

function keySet(url: string): JWTVerifyGetKey {
  let set = keySets.get(url);
  if (!set) {
    // jose caches the keys and refetches on an unknown key id (key rotation), with a cooldown.
    set = createRemoteJWKSet(new URL(url), { timeoutDuration: 3000, cooldownDuration: 30_000 });
    keySets.set(url, set);
  }
  return set;
}

/**
 * Issues an HS256 token with the contract's claims (used by `npm run token` and the tests). It carries
 * `iat` and `exp`, and `iss` / `aud` when given; a lifetime over `maxLifetimeSeconds` is refused here,
 * since the gateway would refuse the token.
 */
export async function signToken(
  claims: Claims,
  options: { secret: string; issuer?: string; audience?: string; expiresIn?: string; maxLifetimeSeconds?: number },
): Promise<string> {
  let jwt = new SignJWT({ roles: claims.roles, municipalities: claims.municipalities, organisations: claims.organisations })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h');
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  const token = await jwt.sign(key(options.secret));
  const { iat = 0, exp = 0 } = decodeJwt(token);
  const max = options.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  if (exp - iat > max) throw new Error(`a lifetime of ${exp - iat} s is over the maximum of ${max} s (JWT_MAX_LIFETIME_SECONDS)`);
  if (exp <= iat) throw new Error('the lifetime must be positive');
  return token;
}

export type TokenCheck = { ok: true; claims: Claims } | { ok: false; reason: string };

/**
 * Verifies a bearer token. Each algorithm is bound to its own key: HS256 only with JWT_SECRET,
 * RS256 only with the identity provider's JWKS, so `alg: none` and algorithm confusion (an RS256
 * public key used as an HMAC secret) are refused. Signature, expiry, and issuer / audience when
 * configured are checked (the configuration requires them in production), and the lifetime: `iat` and
 * `exp` are required and `exp - iat` may not exceed the maximum, nor `iat` lie in the future, so a token
 * minted to live for years is refused however it is dated. The claims are then reduced to well-formed values.
 */
export async function verifyToken(token: string, options: TokenOptions): Promise<TokenCheck> {
  try {
    const { alg } = decodeProtectedHeader(token);
    const checks = {
      // Without `exp` a leaked token would be valid for ever; without `iat` its lifetime is unknown
      // (RFC 9068 requires both in access tokens).
      requiredClaims: ['exp', 'iat', 'sub'],
      ...(options.issuer ? { issuer: options.issuer } : {}),
      ...(options.audience ? { audience: options.audience } : {}),
    };
    let payload;
    if (alg === 'HS256' && options.secret) {
      ({ payload } = await jwtVerify(token, key(options.secret), { ...checks, algorithms: ['HS256'] }));
    } else if (alg === 'RS256' && options.jwksUrl) {
      ({ payload } = await jwtVerify(token, keySet(options.jwksUrl), { ...checks, algorithms: ['RS256'] }));
    } else {
      return { ok: false, reason: `algorithm ${String(alg)} not accepted` };
    }
    const max = options.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
    const iat = payload.iat!;
    if (iat > Math.floor(Date.now() / 1000) + CLOCK_SKEW_SECONDS) return { ok: false, reason: 'token issued in the future' };
    if (payload.exp! - iat > max) return { ok: false, reason: `token lifetime over ${max} s` };
    const claims = normaliseClaims(payload, ROLES);
    if (!claims.sub) return { ok: false, reason: 'token has no subject' };
    if (claims.roles.length === 0) return { ok: false, reason: 'token carries no Kansrijk role' };
    return { ok: true, claims };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) return { ok: false, reason: 'token expired' };
    if (error instanceof joseErrors.JWTClaimValidationFailed) return { ok: false, reason: `claim ${error.claim} invalid` };
    return { ok: false, reason: 'token invalid' };
  }
}

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match ? match[1] : null;
}
