import { MUNICIPALITIES_2025, type Municipality2025 } from '../national/municipalities';
import { populations } from '../national/populations';
import { weightedPicker } from '../national/random';

/** CBS's "Gemeenten alfabetisch" names: only the two Bergens keep their suffix there (StatLine adds more). */
export const listName = (m: Municipality2025) => (m.name.startsWith('Bergen (') ? m.name : m.name.replace(/\s*\([^)]*\)$/, ''));

/** As DUO writes municipality and place names: upper case, no diacritics (`NOARDEAST-FRYSLAN`). */
export const duoUpper = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase();

/** A municipality drawn in proportion to its population: registers have more locations where more people live. */
export function municipalityPicker(): (draw: number) => Municipality2025 {
  const people = populations(MUNICIPALITIES_2025);
  return weightedPicker(MUNICIPALITIES_2025, MUNICIPALITIES_2025.map((m) => people.get(m.code) ?? 1));
}

const STREETS = ['Kerkstraat', 'Schoolstraat', 'Dorpsstraat', 'Molenweg', 'Julianalaan', 'Beatrixlaan', 'Wilhelminastraat', 'Eikenlaan', 'Lindelaan', 'Parallelweg', 'Brinkweg', 'Skoalleloane', 'Langgrousterwei', 'Burg. Wesselinkstraat', 'Van Goghstraat', 'Rembrandtplein', 'Sint Janstraat', 'Meester Jansenweg', 'Op de Windhaspel', 'De Gaarde', 'Bûtenpost', 'Bandkeramiekersstraat'];
/** Letter pairs PostNL does not hand out. */
const NO_POSTCODE = new Set(['SA', 'SD', 'SS']);
export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export const pick = <T>(random: () => number, items: ArrayLike<T>): T => items[Math.floor(random() * items.length)];
export const digits = (random: () => number, n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');

export function postcode(random: () => number, space: boolean): string {
  let letters: string;
  do letters = pick(random, LETTERS) + pick(random, LETTERS);
  while (NO_POSTCODE.has(letters));
  return `${1000 + Math.floor(random() * 9000)}${space ? ' ' : ''}${letters}`;
}

export const street = (random: () => number) => pick(random, STREETS);
export const houseNumber = (random: () => number) => String(1 + Math.floor(random() ** 2 * 180));

/** A draw from `make` that `taken` does not hold yet (identifiers are unique in a register). */
export function unique(taken: Set<string>, make: () => string): string {
  let value: string;
  do value = make();
  while (taken.has(value));
  taken.add(value);
  return value;
}
