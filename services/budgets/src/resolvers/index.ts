import type { Resolvers } from '../generated/graphql';
import { DateScalar, DecimalScalar, NumericScalar } from '@kansrijk/kit';
import { Activity } from './activity';
import { AllocationTerm } from './allocation-term';
import { AvailableFunds } from './available-funds';
import { BudgetLine } from './budget-line';
import { BudgetPlan } from './budget-plan';
import { BudgetSection } from './budget-section';
import { Funding } from './funding';
import { FundingAllocation } from './funding-allocation';
import { FundingStream } from './funding-stream';
import { Intervention } from './intervention';
import { Municipality } from './municipality';
import { Mutation } from './mutation';
import { Organisation } from './organisation';
import { PolicyGoal } from './policy-goal';
import { PrintedSubtotal } from './printed-subtotal';
import { Query } from './query';
import { Realisation } from './realisation';

export const resolvers: Resolvers = {
  Decimal: DecimalScalar,
  Numeric: NumericScalar,
  Date: DateScalar,
  Query,
  Mutation,
  Realisation,
  BudgetPlan,
  BudgetSection,
  BudgetLine,
  PrintedSubtotal,
  AvailableFunds,
  FundingAllocation,
  FundingStream,
  PolicyGoal,
  AllocationTerm,
  Funding,
  Municipality,
  Organisation,
  Intervention,
  Activity,
};
