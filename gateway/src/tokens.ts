import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { normaliseClaims, type Claims } from '@kansrijk/kit';

export interface TokenOptions {
  secret: string;
  issuer?: string;
  audience?: string;
}

const key = (secret: string) => new TextEncoder().encode(secret);

/** Issues an HS256 token with the contract's claims (used by `npm run token` and the tests). */
export async function signToken(claims: Claims, options: TokenOptions & { expiresIn?: string }): Promise<string> {
  let jwt = new SignJWT({ roles: claims.roles, municipalities: claims.municipalities, organisations: claims.organisations })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h');
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  return jwt.sign(key(options.secret));
}

export type TokenCheck = { ok: true; claims: Claims } | { ok: false; reason: string };

/**
 * Verifies a bearer token: HS256 only (so `alg: none` and algorithm confusion are refused), signature,
 * expiry, and issuer / audience when configured. The claims are then reduced to well-formed values.
 */
export async function verifyToken(token: string, options: TokenOptions): Promise<TokenCheck> {
  try {
    const { payload } = await jwtVerify(token, key(options.secret), {
      algorithms: ['HS256'],
      ...(options.issuer ? { issuer: options.issuer } : {}),
      ...(options.audience ? { audience: options.audience } : {}),
    });
    const claims = normaliseClaims(payload);
    if (!claims.sub) return { ok: false, reason: 'token has no subject' };
    if (claims.roles.length === 0) return { ok: false, reason: 'token carries no Kansrijk role' };
    return { ok: true, claims };
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) return { ok: false, reason: 'token expired' };
    return { ok: false, reason: 'token invalid' };
  }
}

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match ? match[1] : null;
}
