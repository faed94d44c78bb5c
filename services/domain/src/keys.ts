/**
 * Keys one subgraph stores and another owns. Before writing one, a subgraph asks the owner through
 * `ctx.references` (the kit's reference checker) whether it exists.
 */
import { badUserInput, type Reference } from '@kansrijk/kit';

/** An organisation id (owned by partners) given in `field`. */
export const organisationRef = (id: string, field: string): Reference => ({ owner: 'partners', typename: 'Organisation', key: 'id', value: id, field });

/** A municipality code (owned by partners) given in `field`. */
export const municipalityRef = (code: string, field: string): Reference => ({ owner: 'partners', typename: 'Municipality', key: 'code', value: code, field });

/** An intervention id (owned by interventions) given in `field`. */
export const interventionRef = (id: string, field: string): Reference => ({ owner: 'interventions', typename: 'Intervention', key: 'id', value: id, field });

/** An activity id (owned by interventions) given in `field`. */
export const activityRef = (id: string, field: string): Reference => ({ owner: 'interventions', typename: 'Activity', key: 'id', value: id, field });

/**
 * The shape of an organisation id as partners makes them (a slug, `lrk-…`, `school-…`): checked before
 * asking partners, so a file cannot smuggle a formula (`=cmd|x`) or a name into a key column.
 */
export const ORGANISATION_ID = /^[a-z0-9][a-z0-9-]{0,199}$/;

const MUNICIPALITY_CODE = /^GM\d{4}$/;

/** CBS municipality codes are `GM` + four digits; anything else is bad input naming the field. */
export function assertMunicipalityCode(field: string, code: unknown): string {
  if (typeof code !== 'string' || !MUNICIPALITY_CODE.test(code)) {
    throw badUserInput(field, 'must be a CBS municipality code: GM followed by four digits, e.g. GM0984');
  }
  return code;
}
