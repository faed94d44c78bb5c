import { randomBytes } from 'node:crypto';
import { forbidden } from '@kansrijk/kit';
import type { Context } from '../subgraph';
import type { Reader } from '../audit-log';

/**
 * Child-level writes are for `partner` staff of the organisation concerned only (not admins: they
 * administer the system, not children's files). A record of another organisation and one that does
 * not exist get the same FORBIDDEN, so that ids cannot be probed.
 */
export function assertPartnerOf(ctx: Context, organisationId: string | null | undefined): Reader {
  if (!ctx.viewer.has('partner') || !organisationId || !ctx.viewer.claims.organisations.includes(organisationId)) {
    ctx.log.warn({ actor: ctx.viewer.id, roles: ctx.viewer.claims.roles, organisation: organisationId }, 'refused child-level write');
    throw forbidden('Only staff of the organisation concerned may record this');
  }
  return { viewer: ctx.viewer, requestId: ctx.requestId, operationName: ctx.operationName };
}

/** A new pseudonym: a prefix and 10 random hex digits, meaningless outside Kansrijk. */
export function newPseudonym(prefix: 'K' | 'I' | 'P'): string {
  return `${prefix}${randomBytes(5).toString('hex').toUpperCase()}`;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `YYYY-MM` to the first day of that month, or null when malformed. */
export function monthStart(text: string | null | undefined): string | null {
  return typeof text === 'string' && MONTH.test(text) ? `${text}-01` : null;
}
