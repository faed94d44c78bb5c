import type { Reference, ReferenceChecker } from '@kansrijk/kit';

/** A stand-in for partners in tests that run the import without it: every organisation exists but `unknown`. */
export function knownOrganisations(unknown: readonly string[] = []): ReferenceChecker {
  const missing = async (refs: readonly Reference[]) => refs.filter((r) => unknown.includes(r.value));
  return {
    missing,
    assertExist: async () => undefined,
    prefetch: async () => undefined,
  };
}
