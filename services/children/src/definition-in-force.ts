/**
 * The definition version in force on a date, or null before a municipality's first version. ISO
 * dates compare correctly as strings; versions of one municipality never overlap.
 */
export function definitionInForce<D extends { validFrom: string; validTo: string | null }>(versions: readonly D[], date: string): D | null {
  return versions.find((d) => d.validFrom <= date && (d.validTo === null || d.validTo >= date)) ?? null;
}
