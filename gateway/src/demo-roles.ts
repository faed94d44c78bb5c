/**
 * Demo users for trying Kansrijk outside production: one per kind of user the domain names (an analyst,
 * a LEA member of a municipality, staff of a partner organisation), each with a token the gateway signs
 * with its own JWT_SECRET. The explorer gives every example tab the token of the role that would run it,
 * so a newcomer sees what each role may read and where it meets FORBIDDEN or suppressed counts.
 *
 * Never in production: a production gateway has no explorer (server.ts), and this module refuses to
 * mint there as well, so a caller that forgets the check still gets no token.
 */
import type { Claims } from '@kansrijk/kit';
import { signToken } from './tokens';

export type DemoRoleId = 'analyst' | 'lea' | 'partner';

export interface DemoRole {
  id: DemoRoleId;
  /** Dutch, as the users call themselves. */
  label: string;
  /** A few letters of the label, for the explorer's tab bar. */
  short: string;
  claims: Claims;
  token: string;
}

/**
 * The demo data's users (services/demo): an analyst, LEA members of the three seeded municipalities and
 * staff of two partner organisations. The dashboard's role picker offers all of them; the explorer's
 * example tabs use one per role.
 */
export interface DemoIdentity {
  id: string;
  /** Dutch, as the users call themselves. */
  label: string;
  roles: Claims['roles'];
  municipalities: string[];
  organisations: string[];
}

export const DEMO_IDENTITIES: readonly DemoIdentity[] = [
  { id: 'analyst', label: 'Analist (alle gemeenten, alleen totalen)', roles: ['analyst'], municipalities: [], organisations: [] },
  { id: 'lea-venray', label: 'LEA-lid Venray', roles: ['lea'], municipalities: ['GM0984'], organisations: [] },
  { id: 'lea-maassluis', label: 'LEA-lid Maassluis', roles: ['lea'], municipalities: ['GM0556'], organisations: [] },
  { id: 'lea-voerendaal', label: 'LEA-lid Voerendaal', roles: ['lea'], municipalities: ['GM0986'], organisations: [] },
  { id: 'partner-t-nest', label: "Medewerker Kinderopvang 't Nest (Venray)", roles: ['partner'], municipalities: [], organisations: ['kinderopvang-t-nest'] },
  { id: 'partner-humankind', label: 'Medewerker Humankind (Voerendaal)', roles: ['partner'], municipalities: [], organisations: ['humankind'] },
];

/** The claims of a demo identity's tokens. */
export function claimsOf(identity: DemoIdentity): Claims {
  return { sub: `demo-${identity.id}`, roles: identity.roles, municipalities: identity.municipalities, organisations: identity.organisations };
}

const identity = (id: string) => DEMO_IDENTITIES.find((i) => i.id === id)!;

/** The explorer's role per example tab: Venray (GM0984) and its VE location kinderopvang 't Nest. */
export const DEMO_ROLE_CLAIMS: Record<DemoRoleId, { label: string; short: string; claims: Claims }> = {
  analyst: { label: 'Analist (alle gemeenten, alleen totalen)', short: 'analist', claims: claimsOf(identity('analyst')) },
  lea: { label: 'LEA-lid gemeente Venray', short: 'LEA Venray', claims: claimsOf(identity('lea-venray')) },
  partner: { label: "Medewerker kinderopvang 't Nest (Venray)", short: "'t Nest", claims: claimsOf(identity('partner-t-nest')) },
};

export interface DemoTokenOptions {
  /** The gateway's JWT_ISSUER / JWT_AUDIENCE, when set: its tokens must carry them. */
  issuer?: string;
  audience?: string;
  /** The gateway's JWT_MAX_LIFETIME_SECONDS; the tokens live a working day or this, whichever is shorter. */
  maxLifetimeSeconds?: number;
  /** Guards against minting in production; the gateway passes its own flag. */
  production?: boolean;
}

const WORKING_DAY_SECONDS = 8 * 3600;

/** A demo token: a working day, or the gateway's JWT_MAX_LIFETIME_SECONDS when shorter. Throws in production. */
export async function signDemoToken(secret: string, claims: Claims, options: DemoTokenOptions = {}): Promise<string> {
  if (options.production ?? process.env.NODE_ENV === 'production') throw new Error('demo tokens are never minted in production');
  const lifetime = Math.min(WORKING_DAY_SECONDS, options.maxLifetimeSeconds ?? WORKING_DAY_SECONDS);
  return signToken(claims, { secret, issuer: options.issuer, audience: options.audience, maxLifetimeSeconds: options.maxLifetimeSeconds, expiresIn: `${lifetime}s` });
}

/** Signs a fresh token for every demo role of the explorer. Throws in production. */
export async function demoRoles(secret: string, options: DemoTokenOptions = {}): Promise<DemoRole[]> {
  return Promise.all(
    (Object.keys(DEMO_ROLE_CLAIMS) as DemoRoleId[]).map(async (id) => {
      const { label, short, claims } = DEMO_ROLE_CLAIMS[id];
      return { id, label, short, claims, token: await signDemoToken(secret, claims, options) };
    }),
  );
}
