import { DateInput, NumericInput } from '../inputScalars';
import { Activity } from './Activity';
import { Coalition } from './Coalition';
import { CoalitionTheme } from './CoalitionTheme';
import { Goal } from './Goal';
import { Indicator } from './Indicator';
import { Intervention } from './Intervention';
import { Measurement } from './Measurement';
import { Municipality } from './Municipality';
import { Mutation } from './Mutation';
import { Organisation } from './Organisation';
import { Publication } from './Publication';
import { Query } from './Query';
import { Theme } from './Theme';

export const resolvers = {
  Date: DateInput,
  Numeric: NumericInput,
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
