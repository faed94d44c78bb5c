import { money } from '@kansrijk/kit';
import { setTotal } from '../amounts';
import type { BudgetSection as BudgetSectionRow } from '../entities';
import type { Context } from '../subgraph';
import { spendingOfLines } from '../spending-of-lines';

export const BudgetSection = {
  async statedTotal(section: BudgetSectionRow, _: unknown, ctx: Context) {
    const total = (await ctx.loaders.subtotalsOfSection.load(section.id)).find((s) => s.isSectionTotal);
    return total ? money(total.stated) : null;
  },
  async computedTotal(section: BudgetSectionRow, _: unknown, ctx: Context) {
    return money(setTotal(await ctx.loaders.linesOfSection.load(section.id)));
  },
  subtotals(section: BudgetSectionRow, _: unknown, ctx: Context) {
    return ctx.loaders.subtotalsOfSection.load(section.id);
  },
  availableFunds(section: BudgetSectionRow, _: unknown, ctx: Context) {
    return ctx.loaders.availableFundsOfSection.load(section.id);
  },
  lines(section: BudgetSectionRow, _: unknown, ctx: Context) {
    return ctx.loaders.linesOfSection.load(section.id);
  },
  async spending(section: BudgetSectionRow, _: unknown, ctx: Context) {
    return spendingOfLines(await ctx.loaders.linesOfSection.load(section.id), ctx);
  },
};
