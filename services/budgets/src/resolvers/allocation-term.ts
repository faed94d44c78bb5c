import { money, moneyOrNull } from '@kansrijk/kit';
import { termAmount } from '../amounts';
import type { AllocationTerm as AllocationTermRow } from '../entities';

export const AllocationTerm = {
  amount(term: AllocationTermRow) {
    return money(termAmount(term));
  },
  statedAmount(term: AllocationTermRow) {
    return moneyOrNull(term.statedAmount);
  },
};
