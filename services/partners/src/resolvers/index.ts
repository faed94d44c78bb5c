import { DateScalar } from '@kansrijk/kit';
import { Municipality } from './Municipality';
import { Query } from './Query';

export const resolvers = { Date: DateScalar, Query, Municipality };
