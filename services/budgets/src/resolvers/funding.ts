import type { BudgetLine as BudgetLineRow } from '../entities';
import { BudgetLine } from './budget-line';

/** A Funding is a budget line seen from what it pays for, so its parent is the line itself. */
export const Funding = {
  fundingStream: BudgetLine.fundingStream,
  amount: BudgetLine.amount,
  line(line: BudgetLineRow) {
    return line;
  },
};
