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

/**
 * Every type but Mutation is checked against the generated `Resolvers`. Mutation keeps its hand-written
 * argument types until the writes are moved to the generated inputs (they still disagree on explicit
 * nulls and on nullable reads after a write), so for now it is only checked by its own file.
 */
export const resolvers: Omit<Resolvers, 'Mutation'> & { Mutation: typeof Mutation } = {
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
