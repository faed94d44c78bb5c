/**
 * What the resolvers of each GraphQL type receive as parent, and so what a resolver returning that type
 * must return. `npm run codegen` maps every `<Type>Mapper` exported here to the GraphQL type `<Type>`
 * (see codegen.ts); a type without one is its generated GraphQL shape.
 */
import type * as entities from './entities';
import type { PublishedNeighbourhood } from './figures/publish';
import type { LocationCellRow } from './figures/read';

/** Partners owns municipalities and organisations: this subgraph only ever holds their keys. */
export interface MunicipalityMapper {
  code: string;
}
export interface OrganisationMapper {
  id: string;
}

/** What `earlyEducation(year)` hands to the EarlyEducationFigures resolvers, which load lazily. */
export interface EarlyEducationFiguresMapper {
  code: string;
  year: number;
  referenceDate: string;
}

export type LocationEarlyEducationMapper = LocationCellRow;
export type NeighbourhoodEarlyEducationMapper = PublishedNeighbourhood;
export type TargetGroupDefinitionMapper = entities.TargetGroupDefinition;
export type CriterionMapper = entities.Criterion;
export type ChildMapper = entities.Child;
export type IndicationMapper = entities.Indication;
export type PlacementMapper = entities.Placement;
export type AttendanceMapper = entities.Attendance;
export type AuditLogEntryMapper = entities.AuditLog;
