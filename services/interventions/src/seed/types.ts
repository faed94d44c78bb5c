import type { GoalKind, InterventionPhase, InterventionStatus, NpoCategory, PreventionLevel } from '../entities';

/** The shape the data files are written in; `seed()` turns it into rows. */
export interface ThemeData {
  code: string;
  name: string;
  /** CBS code for a local theme; national themes have none. */
  municipality?: string;
}

export interface ReachData {
  quantity: number;
  unit: string;
  atLeast?: boolean;
  scope?: string;
}

export interface IndicatorData {
  name: string;
  target?: string;
}

export interface ActivityData {
  code: string;
  title: string;
  description?: string;
  npoCategories?: NpoCategory[];
  theme?: string;
  indicators?: IndicatorData[];
}

export interface InterventionData {
  id: string;
  name: string;
  summary?: string;
  municipality: string;
  region?: string;
  status?: InterventionStatus;
  phase?: InterventionPhase;
  preventionLevel?: PreventionLevel;
  targetAge?: [number | null, number | null];
  startYear?: number;
  endYear?: number;
  reach?: ReachData[];
  reachText?: string;
  lessons?: string[];
  workingElements?: string[];
  sources: string[];
  /** The id of the publication in this subgraph that describes it. */
  publication?: string;
  organisations: string[];
  themes: string[];
  coalition?: string;
  /** Activity ids are `<prefix>-<code>`; the prefix defaults to the intervention's id. */
  activityIdPrefix?: string;
  activities?: ActivityData[];
}

export interface GoalData {
  kind: GoalKind;
  text: string;
}

export interface CoalitionThemeData {
  /** The theme code; the local theme of the same code must exist. */
  code: string;
  name: string;
  description?: string;
  goals: GoalData[];
}

export interface CoalitionModelData {
  coalition: string;
  themes: CoalitionThemeData[];
}

export interface PublicationLessonData {
  heading: string;
  text: string;
}

/** A publication (bron) with its own content; its lessons are numbered from 1 in the order given. */
export interface PublicationData {
  id: string;
  title: string;
  publisher: string;
  year?: number;
  introduction?: string;
  introductionAuthor?: string;
  lessonsHeading?: string;
  lessonsIntroduction?: string;
  lessons: PublicationLessonData[];
}
