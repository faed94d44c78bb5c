import { DateScalar } from '@kansrijk/kit';
import { Child } from './Child';
import { EarlyEducationFigures } from './EarlyEducationFigures';
import { Indication } from './Indication';
import { Municipality } from './Municipality';
import { Organisation } from './Organisation';
import { Placement } from './Placement';
import { Query } from './Query';
import { TargetGroupDefinition } from './TargetGroupDefinition';

export const resolvers = {
  Date: DateScalar,
  Query,
  Municipality,
  Organisation,
  EarlyEducationFigures,
  TargetGroupDefinition,
  Child,
  Indication,
  Placement,
};
