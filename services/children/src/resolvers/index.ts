import { DateScalar } from '@kansrijk/kit';
import { Attendance } from './Attendance';
import { AuditLogEntry } from './AuditLogEntry';
import { Child } from './Child';
import { EarlyEducationFigures } from './EarlyEducationFigures';
import { Indication } from './Indication';
import { LocationEarlyEducation } from './LocationEarlyEducation';
import { Municipality } from './Municipality';
import { Mutation } from './Mutation';
import { NeighbourhoodEarlyEducation } from './NeighbourhoodEarlyEducation';
import { Organisation } from './Organisation';
import { Placement } from './Placement';
import { Query } from './Query';
import { TargetGroupDefinition } from './TargetGroupDefinition';

export const resolvers = {
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
