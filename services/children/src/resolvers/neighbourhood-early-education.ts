import { rateOf } from '../figures/publish';
import type { NeighbourhoodEarlyEducationResolvers } from '../generated/graphql';

/** Rates of a neighbourhood row, from its shown counts only. */
export const NeighbourhoodEarlyEducation: NeighbourhoodEarlyEducationResolvers = {
  reachRate: (cell) => rateOf(cell.placed, cell.indicated),
  normReached: (cell) => rateOf(cell.normAchieved, cell.normCohort),
};
