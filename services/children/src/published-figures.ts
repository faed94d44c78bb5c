import { count, rate, type Count, type Rate } from '@kansrijk/kit';
import type { EarlyEducationCounts } from './early-education-counts';
import { NON_PARTICIPATION_REASONS, type NonParticipationReason } from './entities';
import { cellRate, suppressBreakdown } from './suppression';

export interface NeighbourhoodCell {
  neighbourhood: string | null;
  indicated: Count;
  referred: Count;
  registered: Count;
  placed: Count;
  reachRate: Rate;
  normReached: Rate;
}

export interface LocationCell {
  code: string;
  year: number;
  locationId: string;
  placed: Count;
  normReached: Rate;
}

/** What may be shown of a municipality's year: every count and rate as published. */
export interface PublishedFigures {
  indicated: Count;
  referred: Count;
  registered: Count;
  placed: Count;
  reachRate: Rate;
  normReached: Rate;
  nonParticipation: { reason: NonParticipationReason | null; count: Count }[];
  byNeighbourhood: NeighbourhoodCell[];
  byLocation: LocationCell[];
  synthetic: boolean;
}

/** Every reason and "none recorded", always all of them, so which reasons occur is no signal either. */
const REASON_CELLS: (NonParticipationReason | null)[] = [...NON_PARTICIPATION_REASONS, null];

/**
 * Suppression of a municipality's figures as one table: the totals with primary suppression, and
 * every breakdown with secondary suppression against the total it adds up to. Only these fixed
 * breakdowns exist, so no two answers can be subtracted to recover a withheld cell.
 */
export function publishFigures(raw: EarlyEducationCounts): PublishedFigures {
  const { total } = raw;
  const totals = { indicated: count(total.indicated), referred: count(total.referred), registered: count(total.registered), placed: count(total.placed) };
  const column = (values: number[], totalCount: Count) => suppressBreakdown(values, !totalCount.suppressed);

  const n = raw.byNeighbourhood;
  const indicated = column(n.map((c) => c.counts.indicated), totals.indicated);
  const referred = column(n.map((c) => c.counts.referred), totals.referred);
  const registered = column(n.map((c) => c.counts.registered), totals.registered);
  const placedN = column(n.map((c) => c.counts.placed), totals.placed);
  const placedL = column(raw.byLocation.map((c) => c.counts.placed), totals.placed);

  const reasonValues = REASON_CELLS.map((reason) => raw.byReason.find((r) => r.reason === reason)?.n ?? 0);
  // The reasons add up to indicated − placed, which is known as soon as both are published.
  const reasons = suppressBreakdown(reasonValues, !totals.indicated.suppressed && !totals.placed.suppressed);

  return {
    ...totals,
    reachRate: rate(total.placed, total.indicated),
    normReached: rate(total.normReached, total.normCohort),
    nonParticipation: REASON_CELLS.map((reason, i) => ({ reason, count: reasons[i] })),
    byNeighbourhood: n.map((c, i) => ({
      neighbourhood: c.neighbourhood,
      indicated: indicated[i],
      referred: referred[i],
      registered: registered[i],
      placed: placedN[i],
      reachRate: cellRate(placedN[i], indicated[i]),
      normReached: rate(c.counts.normReached, c.counts.normCohort),
    })),
    byLocation: raw.byLocation.map((c, i) => ({
      code: raw.code,
      year: raw.year,
      locationId: c.locationId,
      placed: placedL[i],
      normReached: rate(c.counts.normReached, c.counts.normCohort),
    })),
    synthetic: raw.synthetic,
  };
}
