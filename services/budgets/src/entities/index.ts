import { AllocationTerm } from './AllocationTerm';
import { AvailableFunds } from './AvailableFunds';
import { BudgetLine } from './BudgetLine';
import { BudgetPlan } from './BudgetPlan';
import { BudgetSection } from './BudgetSection';
import { FundingAllocation } from './FundingAllocation';
import { FundingStream } from './FundingStream';
import { PrintedSubtotal } from './PrintedSubtotal';
import { Realisation } from './Realisation';

export { AllocationTerm, AvailableFunds, BudgetLine, BudgetPlan, BudgetSection, FundingAllocation, FundingStream, PrintedSubtotal, Realisation };
export type { BudgetLineStatus } from './BudgetLine';
export type { FundingScope } from './FundingStream';

export const entities = [
  FundingStream,
  BudgetPlan,
  BudgetSection,
  PrintedSubtotal,
  AvailableFunds,
  BudgetLine,
  FundingAllocation,
  AllocationTerm,
  Realisation,
];
