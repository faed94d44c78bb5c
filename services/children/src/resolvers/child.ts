import type { ChildResolvers } from '../generated/graphql';

export const Child: ChildResolvers = {
  /** Stored as the first day of the month; only `YYYY-MM` is ever shown. */
  birthMonth: (child) => child.birthMonth.slice(0, 7),
  neighbourhood: (child) => child.neighbourhoodCode,
  municipality: (child) => ({ code: child.municipalityCode }),
};
