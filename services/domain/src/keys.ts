/**
 * Keys one subgraph stores and another owns. Before writing one, a subgraph asks the owner through
 * `ctx.references` (the kit's reference checker) whether it exists.
 */
import type { Reference } from '@kansrijk/kit';

/** An organisation id (owned by partners) given in `field`. */
export const organisationRef = (id: string, field: string): Reference => ({ owner: 'partners', typename: 'Organisation', key: 'id', value: id, field });

/** A municipality code (owned by partners) given in `field`. */
export const municipalityRef = (code: string, field: string): Reference => ({ owner: 'partners', typename: 'Municipality', key: 'code', value: code, field });

/** An intervention id (owned by interventions) given in `field`. */
export const interventionRef = (id: string, field: string): Reference => ({ owner: 'interventions', typename: 'Intervention', key: 'id', value: id, field });

/** An activity id (owned by interventions) given in `field`. */
export const activityRef = (id: string, field: string): Reference => ({ owner: 'interventions', typename: 'Activity', key: 'id', value: id, field });
