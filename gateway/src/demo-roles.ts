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

/** The demo data's users: Venray (GM0984) and its VE location kinderopvang 't Nest. */
export const DEMO_ROLE_CLAIMS: Record<DemoRoleId, { label: string; short: string; claims: Claims }> = {
  analyst: {
    label: 'Analist (alle gemeenten, alleen totalen)',
    short: 'analist',
    claims: { sub: 'demo-analist', roles: ['analyst'], municipalities: [], organisations: [] },
  },
  lea: {
    label: 'LEA-lid gemeente Venray',
    short: 'LEA Venray',
    claims: { sub: 'demo-lea-venray', roles: ['lea'], municipalities: ['GM0984'], organisations: [] },
  },
  partner: {
    label: "Medewerker kinderopvang 't Nest (Venray)",
    short: "'t Nest",
    claims: { sub: 'demo-partner-t-nest', roles: ['partner'], municipalities: [], organisations: ['kinderopvang-t-nest'] },
  },
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

/** Signs a fresh token for every demo role. Throws in production. */
export async function demoRoles(secret: string, options: DemoTokenOptions = {}): Promise<DemoRole[]> {
  if (options.production ?? process.env.NODE_ENV === 'production') throw new Error('demo tokens are never minted in production');
  const lifetime = Math.min(WORKING_DAY_SECONDS, options.maxLifetimeSeconds ?? WORKING_DAY_SECONDS);
  return Promise.all(
    (Object.keys(DEMO_ROLE_CLAIMS) as DemoRoleId[]).map(async (id) => {
      const { label, short, claims } = DEMO_ROLE_CLAIMS[id];
      const token = await signToken(claims, {
        secret,
        issuer: options.issuer,
        audience: options.audience,
        maxLifetimeSeconds: options.maxLifetimeSeconds,
        expiresIn: `${lifetime}s`,
      });
      return { id, label, short, claims, token };
    }),
  );
}
