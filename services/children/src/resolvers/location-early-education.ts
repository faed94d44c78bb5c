import { rateOf } from '../figures/publish';
import type { LocationCellRow } from '../figures/read';

export const LocationEarlyEducation = {
  location: (cell: LocationCellRow) => ({ id: cell.location }),
  municipality: (cell: LocationCellRow) => ({ code: cell.code }),
  normReached: (cell: LocationCellRow) => rateOf(cell.normAchieved, cell.normCohort),
};
