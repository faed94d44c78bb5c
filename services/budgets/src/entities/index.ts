import { AllocationTerm } from './allocation-term';
import { AvailableFunds } from './available-funds';
import { BudgetLine } from './budget-line';
import { BudgetPlan } from './budget-plan';
import { BudgetSection } from './budget-section';
import { FundingAllocation } from './funding-allocation';
import { FundingStream } from './funding-stream';
import { PolicyGoal } from './policy-goal';
import { PrintedSubtotal } from './printed-subtotal';
import { Realisation } from './realisation';
import { StatutoryTask } from './statutory-task';

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
export type { BudgetLineStatus } from './budget-line';
export type { FundingScope } from './funding-stream';

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
