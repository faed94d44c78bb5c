import { rateOf, type PublishedNeighbourhood } from '../figures/publish';

/** Rates of a neighbourhood row, from its shown counts only. */
export const NeighbourhoodEarlyEducation = {
  reachRate: (cell: PublishedNeighbourhood) => rateOf(cell.placed, cell.indicated),
  normReached: (cell: PublishedNeighbourhood) => rateOf(cell.normAchieved, cell.normCohort),
};
