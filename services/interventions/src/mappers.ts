/**
 * What the resolvers of each GraphQL type receive as parent, and so what a resolver returning that type
 * must return. `npm run codegen` maps every `<Type>Mapper` exported here to the GraphQL type `<Type>`
 * (see codegen.ts); a type without one is its generated GraphQL shape.
 */
import type * as entities from './entities';

/** Partners owns coalitions, municipalities and organisations: this subgraph only holds their keys. */
export interface CoalitionMapper {
  id: string;
}
export interface MunicipalityMapper {
  code: string;
}
export interface OrganisationMapper {
  id: string;
}

export type InterventionMapper = entities.Intervention;
export type ActivityMapper = entities.Activity;
export type IndicatorMapper = entities.Indicator;
export type MeasurementMapper = entities.Measurement;
export type ThemeMapper = entities.Theme;
export type PublicationMapper = entities.Publication;
export type PublicationLessonMapper = entities.PublicationLesson;
export type ReachFigureMapper = entities.ReachFigure;
export type GoalMapper = entities.Goal;
export type CoalitionThemeMapper = entities.CoalitionTheme;
