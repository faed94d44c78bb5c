import { money } from '@kansrijk/kit';
import { setTotal } from '../amounts';
import { spendingOfLines } from '../spending-of-lines';
import type { BudgetSectionResolvers } from '../generated/graphql';

export const BudgetSection: BudgetSectionResolvers = {
  async statedTotal(section, _, ctx) {
    const total = (await ctx.loaders.subtotalsOfSection.load(section.id)).find((s) => s.isSectionTotal);
    return total ? money(total.stated) : null;
  },
  async computedTotal(section, _, ctx) {
    return money(setTotal(await ctx.loaders.linesOfSection.load(section.id)));
  },
  subtotals(section, _, ctx) {
    return ctx.loaders.subtotalsOfSection.load(section.id);
  },
  availableFunds(section, _, ctx) {
    return ctx.loaders.availableFundsOfSection.load(section.id);
  },
  lines(section, _, ctx) {
    return ctx.loaders.linesOfSection.load(section.id);
  },
  async spending(section, _, ctx) {
    return spendingOfLines(await ctx.loaders.linesOfSection.load(section.id), ctx);
  },
};
