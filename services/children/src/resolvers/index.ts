import type { Resolvers } from '../generated/graphql';
import { DateScalar } from '@kansrijk/kit';
import { Attendance } from './attendance';
import { AuditLogEntry } from './audit-log-entry';
import { Child } from './child';
import { EarlyEducationFigures } from './early-education-figures';
import { Indication } from './indication';
import { LocationEarlyEducation } from './location-early-education';
import { Municipality } from './municipality';
import { Mutation } from './mutation';
import { NeighbourhoodEarlyEducation } from './neighbourhood-early-education';
import { Organisation } from './organisation';
import { Placement } from './placement';
import { Query } from './query';
import { TargetGroupDefinition } from './target-group-definition';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query,
  Mutation,
  Municipality,
  Organisation,
  EarlyEducationFigures,
  LocationEarlyEducation,
  NeighbourhoodEarlyEducation,
  TargetGroupDefinition,
  Child,
  Indication,
  Placement,
  Attendance,
  AuditLogEntry,
};
