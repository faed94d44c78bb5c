import { BudgetLine } from './budget-line';
import type { FundingResolvers } from '../generated/graphql';

/** A Funding is a budget line seen from what it pays for, so its parent is the line itself. */
export const Funding: FundingResolvers = {
  fundingStream: BudgetLine.fundingStream,
  amount: BudgetLine.amount,
  line(line) {
    return line;
  },
};
