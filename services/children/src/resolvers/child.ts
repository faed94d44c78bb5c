import type { Child as ChildRow } from '../entities';

export const Child = {
  /** Stored as the first day of the month; only `YYYY-MM` is ever shown. */
  birthMonth: (child: ChildRow) => child.birthMonth.slice(0, 7),
  neighbourhood: (child: ChildRow) => child.neighbourhoodCode,
  municipality: (child: ChildRow) => ({ code: child.municipalityCode }),
};
