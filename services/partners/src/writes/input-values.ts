import type { OrganisationInput } from './organisation-input';

/** Empty text means "none", so a cleared form field does not store an empty string. */
export function optionalText(value: string | null | undefined): string | null {
  return value == null || value.trim() === '' ? null : value.trim();
}

type Identifiers = Pick<OrganisationInput, 'brin' | 'lrkNumber' | 'kvkNumber' | 'boardNumber'>;

/** The identifiers given in an input, trimmed; a BRIN upper-cased as DUO writes it. Left-out ones stay out. */
export function normaliseIdentifiers(input: Identifiers): { brin: string | null; lrkNumber: string | null; kvkNumber: string | null; boardNumber: string | null } {
  return {
    brin: optionalText(input.brin)?.toUpperCase() ?? null,
    lrkNumber: optionalText(input.lrkNumber),
    kvkNumber: optionalText(input.kvkNumber),
    boardNumber: optionalText(input.boardNumber),
  };
}
