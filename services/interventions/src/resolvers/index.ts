import type { Resolvers } from '../generated/graphql';
import { DateScalar, NumericScalar } from '@kansrijk/kit';
import { Activity } from './activity';
import { Coalition } from './coalition';
import { CoalitionTheme } from './coalition-theme';
import { Goal } from './goal';
import { Indicator } from './indicator';
import { Intervention } from './intervention';
import { Measurement } from './measurement';
import { Municipality } from './municipality';
import { Mutation } from './mutation';
import { Organisation } from './organisation';
import { Publication } from './publication';
import { Query } from './query';
import { Theme } from './theme';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Numeric: NumericScalar,
  Query,
  Mutation,
  Intervention,
  Activity,
  Indicator,
  Measurement,
  Theme,
  Publication,
  Goal,
  CoalitionTheme,
  Coalition,
  Municipality,
  Organisation,
};
