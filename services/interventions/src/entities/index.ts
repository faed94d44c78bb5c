import { Activity } from './activity';
import { CoalitionTheme } from './coalition-theme';
import { Goal } from './goal';
import { Indicator } from './indicator';
import { Intervention } from './intervention';
import { InterventionOrganisation } from './intervention-organisation';
import { InterventionTheme } from './intervention-theme';
import { Measurement } from './measurement';
import { Publication } from './publication';
import { PublicationLesson } from './publication-lesson';
import { ReachFigure } from './reach-figure';
import { Theme } from './theme';

export { Activity, CoalitionTheme, Goal, Indicator, Intervention, InterventionOrganisation, InterventionTheme, Measurement, Publication, PublicationLesson, ReachFigure, Theme };
export type { NpoCategory } from './activity';
export type { GoalKind } from './goal';
export type { InterventionPhase, InterventionStatus, PreventionLevel } from './intervention';

export const entities = [
  Theme, Intervention, InterventionTheme, InterventionOrganisation, ReachFigure, Activity, Indicator, CoalitionTheme, Goal, Measurement,
  Publication, PublicationLesson,
];
