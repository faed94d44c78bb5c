import { DateScalar } from '@kansrijk/kit';
import { BodyRole } from './BodyRole';
import { Coalition } from './Coalition';
import { CoalitionMember } from './CoalitionMember';
import { GovernanceBody } from './GovernanceBody';
import { Location } from './Location';
import { Municipality } from './Municipality';
import { Mutation } from './Mutation';
import { Neighbourhood } from './Neighbourhood';
import { Organisation } from './Organisation';
import { Query } from './Query';

export const resolvers = {
  Date: DateScalar,
  Query,
  Mutation,
  Municipality,
  Neighbourhood,
  Organisation,
  Location,
  Coalition,
  CoalitionMember,
  GovernanceBody,
  BodyRole,
};
