import { Activity } from './Activity';
import { Coalition } from './Coalition';
import { CoalitionTheme } from './CoalitionTheme';
import { Intervention } from './Intervention';
import { Municipality } from './Municipality';
import { Organisation } from './Organisation';
import { Query } from './Query';
import { Theme } from './Theme';

export const resolvers = { Query, Intervention, Activity, Theme, CoalitionTheme, Coalition, Municipality, Organisation };
