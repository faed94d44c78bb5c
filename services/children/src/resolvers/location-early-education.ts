import { rateOf } from '../figures/publish';
import type { LocationEarlyEducationResolvers } from '../generated/graphql';

export const LocationEarlyEducation: LocationEarlyEducationResolvers = {
  location: (cell) => ({ id: cell.location }),
  municipality: (cell) => ({ code: cell.code }),
  normReached: (cell) => rateOf(cell.normAchieved, cell.normCohort),
};
