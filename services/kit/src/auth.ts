import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { forbidden } from './errors';

/** The roles of the contract. `partner` is staff of a partner organisation (JGZ, childcare, ...). */
export const ROLES = ['analyst', 'lea', 'officer', 'partner', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Verified token claims, as the gateway forwards them. */
export interface Claims {
  sub: string;
  roles: Role[];
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
}

export const CONTEXT_HEADER = 'x-kansrijk-context';
export const SIGNATURE_HEADER = 'x-kansrijk-signature';
export const MAX_SIGNATURE_AGE_SECONDS = 60;

export function encodeEnvelope(envelope: GatewayEnvelope): string {
  return Buffer.from(JSON.stringify(envelope)).toString('base64url');
}

/** HMAC-SHA256 over the envelope and a hash of the exact body, so neither can be swapped. */
export function signRequest(secret: string, encodedEnvelope: string, body: string | Buffer): string {
  const bodyHash = createHash('sha256').update(body).digest('base64url');
  return createHmac('sha256', secret).update(`${encodedEnvelope}.${bodyHash}`).digest('base64url');
}

export type VerifyResult = { ok: true; envelope: GatewayEnvelope } | { ok: false; reason: string };

export function verifyRequest(
  secret: string,
  encodedEnvelope: string | undefined,
  signature: string | undefined,
  body: string | Buffer,
  nowSeconds = Math.floor(Date.now() / 1000),
): VerifyResult {
  if (!encodedEnvelope || !signature) return { ok: false, reason: 'missing gateway signature' };
  const expected = Buffer.from(signRequest(secret, encodedEnvelope, body));
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
  return { ok: true, envelope: { ...envelope, claims: normaliseClaims(envelope.claims) } };
}

/** Claims from a token are untrusted JSON: keep only well-formed values. */
export function normaliseClaims(raw: unknown): Claims {
  const source = (raw ?? {}) as Record<string, unknown>;
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  return {
    sub: typeof source.sub === 'string' ? source.sub : '',
    roles: strings(source.roles).filter((r): r is Role => (ROLES as readonly string[]).includes(r)),
    municipalities: strings(source.municipalities),
    organisations: strings(source.organisations),
  };
}

/** The person behind a request, with the access rules of the contract as methods. */
export class Viewer {
  constructor(readonly claims: Claims) {}

  get id(): string {
    return this.claims.sub;
  }

  has(role: Role): boolean {
    return this.claims.roles.includes(role);
  }

  get isAdmin(): boolean {
    return this.has('admin');
  }

  /** Child-level records: only staff (`partner`) of an organisation involved with the child, and admins. */
  canSeeChildrenOf(organisationId: string): boolean {
    return this.isAdmin || (this.has('partner') && this.claims.organisations.includes(organisationId));
  }

  /** Writes to partners, budgets and interventions data: officers of that municipality, and admins. */
  canWriteFor(municipalityCode: string): boolean {
    return this.isAdmin || (this.has('officer') && this.claims.municipalities.includes(municipalityCode));
  }
}

/** Writes to municipal data: officers of that municipality and admins; everyone else gets FORBIDDEN. */
export function assertCanWriteFor(viewer: Viewer, municipalityCode: string): void {
  if (!viewer.canWriteFor(municipalityCode)) {
    throw forbidden(`Only officers of ${municipalityCode} and admins may change this`);
  }
}
