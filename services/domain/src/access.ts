/**
 * The roles of the contract and its access rules. The platform (the kit) carries whatever roles a
 * verified token holds; what they allow is the domain's decision, and is decided here only.
 */
import { forbidden, type Claims } from '@kansrijk/kit';

/** `partner` is staff of a partner organisation (JGZ, childcare, school, ...). */
export const ROLES = ['analyst', 'lea', 'officer', 'partner', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
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

/** The viewer of a request, as every subgraph's definition builds it from the verified claims. */
export const viewerOf = (claims: Claims): Viewer => new Viewer(claims);

/** Writes to municipal data: officers of that municipality and admins; everyone else gets FORBIDDEN. */
export function assertCanWriteFor(viewer: Viewer, municipalityCode: string): void {
  if (!viewer.canWriteFor(municipalityCode)) {
    throw forbidden(`Only officers of ${municipalityCode} and admins may change this`);
  }
}

/** What a role gate needs of a request: its viewer, and a log for refusals worth a warning. */
interface Gated {
  viewer: Viewer;
  log: { warn(details: object, message: string): void };
}

/**
 * The role gate of writes to municipal data (the write pipeline's `allow`): officers and admins may try;
 * whether for this municipality is decided on the record, with `assertCanWriteFor`.
 */
export function officersAndAdmins(what: string): (ctx: Gated) => void {
  return ({ viewer }) => {
    if (!viewer.isAdmin && !viewer.has('officer')) throw forbidden(`Only officers and admins may ${what}`);
  };
}

/** Child-level writes are for partner staff only (not admins: they administer the system, not children's files). */
export function partnerStaff(ctx: Gated): void {
  if (!ctx.viewer.has('partner')) refuseChildWrite(ctx, null);
}

/**
 * The record-level check of a child-level write: staff of the organisation concerned. A record of
 * another organisation and one that does not exist (`organisationId` undefined) get the same FORBIDDEN,
 * so that ids cannot be probed.
 */
export function assertStaffOf(ctx: Gated, organisationId: string | null | undefined): void {
  if (!ctx.viewer.has('partner') || !organisationId || !ctx.viewer.claims.organisations.includes(organisationId)) refuseChildWrite(ctx, organisationId ?? null);
}

/**
 * The one answer to every child-level write the caller is not entitled to: an unknown id, another
 * organisation's record and a record not linked to the caller (an indication not referred to this
 * location) get the same code and message, and it is given before any field is checked against the
 * record, so neither an id's existence nor its dates or state can be probed.
 */
export function refuseChildWrite(ctx: Gated, organisationId: string | null): never {
  ctx.log.warn({ actor: ctx.viewer.id, roles: ctx.viewer.claims.roles, organisation: organisationId }, 'refused child-level write');
  throw forbidden('Only staff of the organisation concerned may record this');
}
