import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

/**
 * Verified token claims, as the gateway forwards them. The roles are the token's; what a role allows
 * is the domain's business (@kansrijk/domain), not the platform's.
 */
export interface Claims {
  sub: string;
  roles: string[];
  municipalities: string[];
  organisations: string[];
}

/** What the gateway tells a subgraph about a request, signed so nobody can bypass the gateway. */
export interface GatewayEnvelope {
  claims: Claims;
  requestId: string;
  /** The operation name the client sent (the gateway's own subgraph operation names are generated). */
  operationName: string | null;
  /** Seconds since the epoch when the gateway signed; old signatures are refused (replay window). */
  iat: number;
  /** Random, once per subgraph request: a subgraph refuses one it has seen within the window (replay). */
  nonce: string;
}

export const CONTEXT_HEADER = 'x-kansrijk-context';
export const SIGNATURE_HEADER = 'x-kansrijk-signature';
export const MAX_SIGNATURE_AGE_SECONDS = 60;

export function encodeEnvelope(envelope: Omit<GatewayEnvelope, 'nonce'> & { nonce?: string }): string {
  return Buffer.from(JSON.stringify({ ...envelope, nonce: envelope.nonce ?? randomUUID() })).toString('base64url');
}

/** Everything of a subgraph request the signature covers: nothing of it can be changed or moved. */
export interface SignedParts {
  /** The HTTP method; subgraphs accept only POST. */
  method: string;
  /** The path with the query string, exactly as sent (`/graphql`, `/graphql?query=...`). */
  target: string;
  contentType: string;
  /** The encoded envelope (the context header). */
  envelope: string;
  body: string | Buffer;
}

/**
 * HMAC-SHA256 over the method, the target, the content type, the envelope and a hash of the exact body:
 * a captured signature fits only that very request (a GET with `?query=` or another body does not), and
 * the envelope's nonce lets the subgraph refuse it a second time.
 */
export function signRequest(secret: string, parts: SignedParts): string {
  const bodyHash = createHash('sha256').update(parts.body).digest('base64url');
  const canonical = [parts.method.toUpperCase(), parts.target, parts.contentType.toLowerCase(), parts.envelope, bodyHash].join('\n');
  return createHmac('sha256', secret).update(canonical).digest('base64url');
}

export type VerifyResult = { ok: true; envelope: GatewayEnvelope } | { ok: false; reason: string };

/** The nonces a subgraph has accepted within the signature window: an identical request is refused. */
export class ReplayGuard {
  private readonly seen = new Map<string, number>();

  /** True the first time within the window; false for a nonce already used. */
  accept(nonce: string, iat: number, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
    for (const [n, until] of this.seen) if (until < nowSeconds) this.seen.delete(n);
    if (this.seen.has(nonce)) return false;
    this.seen.set(nonce, iat + MAX_SIGNATURE_AGE_SECONDS + 1);
    return true;
  }
}

export function verifyRequest(
  secret: string,
  parts: Omit<SignedParts, 'envelope'> & { envelope: string | undefined; signature: string | undefined },
  replay: ReplayGuard,
  nowSeconds = Math.floor(Date.now() / 1000),
): VerifyResult {
  const { envelope: encodedEnvelope, signature } = parts;
  if (!encodedEnvelope || !signature) return { ok: false, reason: 'missing gateway signature' };
  const expected = Buffer.from(signRequest(secret, { ...parts, envelope: encodedEnvelope }));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, reason: 'bad gateway signature' };
  }
  let envelope: GatewayEnvelope;
  try {
    envelope = JSON.parse(Buffer.from(encodedEnvelope, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed gateway context' };
  }
  if (typeof envelope.iat !== 'number' || Math.abs(nowSeconds - envelope.iat) > MAX_SIGNATURE_AGE_SECONDS) {
    return { ok: false, reason: 'expired gateway signature' };
  }
  if (typeof envelope.nonce !== 'string' || envelope.nonce.length < 16) return { ok: false, reason: 'gateway signature without a nonce' };
  if (!replay.accept(envelope.nonce, envelope.iat, nowSeconds)) return { ok: false, reason: 'replayed gateway signature' };
  return { ok: true, envelope: { ...envelope, claims: normaliseClaims(envelope.claims) } };
}

/**
 * Claims from a token are untrusted JSON: keep only well-formed values, and of the roles only those in
 * `roles` when given (the gateway passes the domain's; unknown roles never travel further).
 */
export function normaliseClaims(raw: unknown, roles?: readonly string[]): Claims {
  const source = (raw ?? {}) as Record<string, unknown>;
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  return {
    sub: typeof source.sub === 'string' ? source.sub : '',
    roles: strings(source.roles).filter((r) => !roles || roles.includes(r)),
    municipalities: strings(source.municipalities),
    organisations: strings(source.organisations),
  };
}
