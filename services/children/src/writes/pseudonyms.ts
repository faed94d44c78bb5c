import { randomBytes } from 'node:crypto';

/** A new pseudonym: a prefix and 10 random hex digits, meaningless outside Kansrijk. */
export function newPseudonym(prefix: 'K' | 'I' | 'P'): string {
  return `${prefix}${randomBytes(5).toString('hex').toUpperCase()}`;
}
