import { money, moneyOrNull } from '@kansrijk/kit';
import { termAmount } from '../amounts';
import type { AllocationTermResolvers } from '../generated/graphql';

export const AllocationTerm: AllocationTermResolvers = {
  amount(term) {
    return money(termAmount(term));
  },
  statedAmount(term) {
    return moneyOrNull(term.statedAmount);
  },
};
