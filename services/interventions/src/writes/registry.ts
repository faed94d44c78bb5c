import { DEMO_MUNICIPALITIES, DEMO_ORGANISATIONS, syntheticOrganisations } from '@kansrijk/kit';

/**
 * Municipalities and organisations are owned by partners, and a subgraph never reads another's tables;
 * the kit's shared registry of public keys is what this subgraph can check a code or id against.
 */
const MUNICIPALITIES = new Set(DEMO_MUNICIPALITIES.map((m) => m.code));
const ORGANISATIONS = new Set([...DEMO_ORGANISATIONS, ...syntheticOrganisations()].map((o) => o.id));

export function isKnownMunicipality(code: string): boolean {
  return MUNICIPALITIES.has(code);
}

export function isKnownOrganisation(id: string): boolean {
  return ORGANISATIONS.has(id);
}
