import { AllocationTerm } from './AllocationTerm';
import { AvailableFunds } from './AvailableFunds';
import { BudgetLine } from './BudgetLine';
import { BudgetPlan } from './BudgetPlan';
import { BudgetSection } from './BudgetSection';
import { FundingAllocation } from './FundingAllocation';
import { FundingStream } from './FundingStream';
import { PolicyGoal } from './PolicyGoal';
import { PrintedSubtotal } from './PrintedSubtotal';
import { Realisation } from './Realisation';
import { StatutoryTask } from './StatutoryTask';

export {
  AllocationTerm,
  AvailableFunds,
  BudgetLine,
  BudgetPlan,
  BudgetSection,
  FundingAllocation,
  FundingStream,
  PolicyGoal,
  PrintedSubtotal,
  Realisation,
  StatutoryTask,
};
export type { BudgetLineStatus } from './BudgetLine';
export type { FundingScope } from './FundingStream';

export const entities = [
  FundingStream,
  StatutoryTask,
  PolicyGoal,
  BudgetPlan,
  BudgetSection,
  PrintedSubtotal,
  AvailableFunds,
  BudgetLine,
  FundingAllocation,
  AllocationTerm,
  Realisation,
];
