import { moneyOrNull } from '@kansrijk/kit';
import type { BudgetLine as BudgetLineRow } from '../entities';
import type { Context } from '../subgraph';
import { spending } from '../spending';

/** The other subgraphs' entities are returned as key stubs; federation fetches the rest from them. */
const stub = (id: string | null) => (id === null ? null : { id });

export const BudgetLine = {
  amount(line: BudgetLineRow) {
    return moneyOrNull(line.amount);
  },
  fundingStream(line: BudgetLineRow, _: unknown, ctx: Context) {
    return line.fundingStreamCode === null ? null : ctx.loaders.fundingStream.load(line.fundingStreamCode);
  },
  plan(line: BudgetLineRow, _: unknown, ctx: Context) {
    return ctx.loaders.plan.load(line.planId);
  },
  recipient(line: BudgetLineRow) {
    return stub(line.recipientId);
  },
  intervention(line: BudgetLineRow) {
    return stub(line.interventionId);
  },
  activity(line: BudgetLineRow) {
    return stub(line.activityId);
  },
  policyGoal(line: BudgetLineRow, _: unknown, ctx: Context) {
    return line.policyGoalId === null ? null : ctx.loaders.policyGoal.load(line.policyGoalId);
  },
  realisations(line: BudgetLineRow, _: unknown, ctx: Context) {
    return ctx.loaders.realisationsOfLine.load(line.id);
  },
  async spending(line: BudgetLineRow, _: unknown, ctx: Context) {
    return spending([line], await ctx.loaders.realisationsOfLine.load(line.id));
  },
};
