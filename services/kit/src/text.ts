/** Text helpers every subgraph uses. */

/** A readable id from a name: "Kinderopvang 't Nest" becomes `kinderopvang-t-nest` (accents and apostrophes dropped). */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
