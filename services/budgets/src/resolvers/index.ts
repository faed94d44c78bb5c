import { DateScalar, DecimalScalar, NumericScalar } from '@kansrijk/kit';
import { Activity } from './Activity';
import { AllocationTerm } from './AllocationTerm';
import { AvailableFunds } from './AvailableFunds';
import { BudgetLine } from './BudgetLine';
import { BudgetPlan } from './BudgetPlan';
import { BudgetSection } from './BudgetSection';
import { Funding } from './Funding';
import { FundingAllocation } from './FundingAllocation';
import { Intervention } from './Intervention';
import { Municipality } from './Municipality';
import { Organisation } from './Organisation';
import { PrintedSubtotal } from './PrintedSubtotal';
import { Query } from './Query';

export const resolvers = {
  Decimal: DecimalScalar,
  Numeric: NumericScalar,
  Date: DateScalar,
  Query,
  BudgetPlan,
  BudgetSection,
  BudgetLine,
  PrintedSubtotal,
  AvailableFunds,
  FundingAllocation,
  AllocationTerm,
  Funding,
  Municipality,
  Organisation,
  Intervention,
  Activity,
};
