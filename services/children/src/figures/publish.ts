/**
 * What a publication shows: every cell as a Count (the number, "<5" or "x"), rates derived only from
 * shown counts, hours only beside a shown count of placed toddlers. The stored JSON is exactly what the
 * API returns; nothing withheld is stored in it.
 */
import { SMALLEST_RATE_DENOMINATOR, type Count, type Rate } from '@kansrijk/domain';
import { NON_PARTICIPATION_REASONS, type NonParticipationReason } from '../entities';
import { locationCell, neighbourhoodCell, reasonCell, shapeOf, type Cells } from './cells';
import type { Basis } from './compute';
import type { CellState, States } from './protect';

/** The funnel and the 960-hours norm: what the whole municipality and each neighbourhood show. */
export interface FunnelCounts {
  indicated: Count;
  referred: Count;
  registered: Count;
  placed: Count;
  normCohort: Count;
  normAchieved: Count;
}

export interface PublishedFigures extends FunnelCounts {
  /** Placed toddlers aged 2½ or more, and those of them on track for the 960 hours. */
  fromTwoAndAHalf: Count;
  onTrack: Count;
  socialMedical: { indicated: Count; placed: Count };
  nonParticipation: { reason: NonParticipationReason | null; count: Count }[];
  /** Hours attended in the twelve months up to the reference date; null while `placed` is withheld or under 10. */
  hours: { attended: number | null; averagePerPlaced: number | null };
}

export interface PublishedNeighbourhood extends FunnelCounts {
  neighbourhood: string | null;
}

export interface PublishedLocation {
  location: string;
  placed: Count;
  normCohort: Count;
  normAchieved: Count;
}

export interface Rendered {
  figures: PublishedFigures;
  byNeighbourhood: PublishedNeighbourhood[];
  byLocation: PublishedLocation[];
  sortKeys: { indicatedValue: number | null; placedValue: number | null; reachRate: number | null; normRate: number | null; onTrackRate: number | null; averageHours: number | null };
}

const WITHHELD: Count = { value: null, suppressed: true, label: 'x' };
const SMALL: Count = { value: null, suppressed: true, label: '<5' };

function shown(value: number, state: CellState): Count {
  if (state === 'small') return SMALL;
  if (state === 'withheld' || state === 'guarded') return WITHHELD;
  return { value, suppressed: false, label: String(value) };
}

/** A rate over two shown counts and a denominator of at least 10: it tells nothing the counts do not. */
export function rateOf(numerator: Count, denominator: Count): Rate {
  if (numerator.value === null || denominator.value === null || denominator.value < SMALLEST_RATE_DENOMINATOR || numerator.value > denominator.value) {
    return { value: null, suppressed: true };
  }
  return { value: Math.round((numerator.value / denominator.value) * 10000) / 10000, suppressed: false };
}

const REASON_ROWS: (NonParticipationReason | null)[] = [...NON_PARTICIPATION_REASONS, null];

export function render(basis: Basis, states: States, withheldAll: boolean): Rendered {
  const cells: Cells = basis.cells;
  const at = (key: string): Count => (withheldAll ? WITHHELD : shown(cells[key] ?? 0, states[key] ?? 'published'));
  const shape = shapeOf({ ...cells, ...Object.fromEntries(Object.keys(states).map((k) => [k, 0])) });
  const figures: PublishedFigures = {
    indicated: at('I'),
    referred: at('R'),
    registered: at('G'),
    placed: at('P'),
    normCohort: at('C'),
    normAchieved: at('N'),
    fromTwoAndAHalf: at('E'),
    onTrack: at('T'),
    socialMedical: { indicated: at('S'), placed: at('SP') },
    nonParticipation: REASON_ROWS.map((reason) => ({ reason, count: at(reasonCell(reason)) })),
    hours: { attended: null, averagePerPlaced: null },
  };
  // Hours are a sum over the placed toddlers: shown only beside a shown count of at least 10 of them,
  // so no one's hours stand out and what an organisation knows of its own children leaves 5 or more others.
  if (figures.placed.value !== null && figures.placed.value >= SMALLEST_RATE_DENOMINATOR) {
    const attended = Math.round(basis.hoursAttended * 10) / 10;
    figures.hours = { attended, averagePerPlaced: Math.round((attended / figures.placed.value) * 10) / 10 };
  }
  const byNeighbourhood = shape.neighbourhoods.map((n) => ({
    neighbourhood: n,
    indicated: at(neighbourhoodCell(n, 'I')),
    referred: at(neighbourhoodCell(n, 'R')),
    registered: at(neighbourhoodCell(n, 'G')),
    placed: at(neighbourhoodCell(n, 'P')),
    normCohort: at(neighbourhoodCell(n, 'C')),
    normAchieved: at(neighbourhoodCell(n, 'N')),
  }));
  const byLocation = shape.locations.map((l) => ({
    location: l,
    placed: at(locationCell(l, 'P')),
    normCohort: at(locationCell(l, 'C')),
    normAchieved: at(locationCell(l, 'N')),
  }));
  return {
    figures,
    byNeighbourhood,
    byLocation,
    sortKeys: {
      indicatedValue: figures.indicated.value,
      placedValue: figures.placed.value,
      reachRate: rateOf(figures.placed, figures.indicated).value,
      normRate: rateOf(figures.normAchieved, figures.normCohort).value,
      onTrackRate: rateOf(figures.onTrack, figures.fromTwoAndAHalf).value,
      averageHours: figures.hours.averagePerPlaced,
    },
  };
}
