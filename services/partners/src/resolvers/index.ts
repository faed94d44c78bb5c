import { DateScalar } from '@kansrijk/kit';
import { BodyRole } from './BodyRole';
import { Coalition } from './Coalition';
import { CoalitionMember } from './CoalitionMember';
import { GovernanceBody } from './GovernanceBody';
import { Municipality } from './Municipality';
import { Organisation } from './Organisation';
import { Query } from './Query';

export const resolvers = { Date: DateScalar, Query, Municipality, Organisation, Coalition, CoalitionMember, GovernanceBody, BodyRole };
