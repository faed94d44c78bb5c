import { Activity } from './Activity';
import { CoalitionTheme } from './CoalitionTheme';
import { Goal } from './Goal';
import { Indicator } from './Indicator';
import { Intervention } from './Intervention';
import { InterventionOrganisation } from './InterventionOrganisation';
import { InterventionTheme } from './InterventionTheme';
import { Measurement } from './Measurement';
import { Publication } from './Publication';
import { PublicationLesson } from './PublicationLesson';
import { ReachFigure } from './ReachFigure';
import { Theme } from './Theme';

export { Activity, CoalitionTheme, Goal, Indicator, Intervention, InterventionOrganisation, InterventionTheme, Measurement, Publication, PublicationLesson, ReachFigure, Theme };
export type { NpoCategory } from './Activity';
export type { GoalKind } from './Goal';
export type { InterventionPhase, InterventionStatus, PreventionLevel } from './Intervention';

export const entities = [
  Theme, Intervention, InterventionTheme, InterventionOrganisation, ReachFigure, Activity, Indicator, CoalitionTheme, Goal, Measurement,
  Publication, PublicationLesson,
];
