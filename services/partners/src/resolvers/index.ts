import type { Resolvers } from '../generated/graphql';
import { DateScalar } from '@kansrijk/kit';
import { BodyRole } from './body-role';
import { Coalition } from './coalition';
import { CoalitionMember } from './coalition-member';
import { GovernanceBody } from './governance-body';
import { Location } from './location';
import { Municipality } from './municipality';
import { Mutation } from './mutation';
import { Buurt, Neighbourhood } from './neighbourhood';
import { Organisation } from './organisation';
import { Query } from './query';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query,
  Mutation,
  Municipality,
  Neighbourhood,
  Buurt,
  Organisation,
  Location,
  Coalition,
  CoalitionMember,
  GovernanceBody,
  BodyRole,
};
