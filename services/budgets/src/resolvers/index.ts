import { DateScalar, NumericScalar } from '@kansrijk/kit';
import { LenientDecimalScalar } from '../LenientDecimalScalar';
import { Activity } from './Activity';
import { AllocationTerm } from './AllocationTerm';
import { AvailableFunds } from './AvailableFunds';
import { BudgetLine } from './BudgetLine';
import { BudgetPlan } from './BudgetPlan';
import { BudgetSection } from './BudgetSection';
import { Funding } from './Funding';
import { FundingAllocation } from './FundingAllocation';
import { FundingStream } from './FundingStream';
import { Intervention } from './Intervention';
import { Municipality } from './Municipality';
import { Mutation } from './Mutation';
import { Organisation } from './Organisation';
import { PolicyGoal } from './PolicyGoal';
import { PrintedSubtotal } from './PrintedSubtotal';
import { Query } from './Query';
import { Realisation } from './Realisation';

export const resolvers = {
  Decimal: LenientDecimalScalar,
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
