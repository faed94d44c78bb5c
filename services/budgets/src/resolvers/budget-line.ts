import { loadExisting, moneyOrNull } from '@kansrijk/kit';
import { spending } from '../spending';
import type { BudgetLineResolvers } from '../generated/graphql';

/** The other subgraphs' entities are returned as key stubs; federation fetches the rest from them. */
const stub = (id: string | null) => (id === null ? null : { id });

export const BudgetLine: BudgetLineResolvers = {
  amount(line) {
    return moneyOrNull(line.amount);
  },
  fundingStream(line, _, ctx) {
    return line.fundingStreamCode === null ? null : ctx.loaders.fundingStream.load(line.fundingStreamCode);
  },
  plan(line, _, ctx) {
    return loadExisting(ctx.loaders.plan, line.planId, 'budget plan');
  },
  recipient(line) {
    return stub(line.recipientId);
  },
  intervention(line) {
    return stub(line.interventionId);
  },
  activity(line) {
    return stub(line.activityId);
  },
  policyGoal(line, _, ctx) {
    return line.policyGoalId === null ? null : ctx.loaders.policyGoal.load(line.policyGoalId);
  },
  realisations(line, _, ctx) {
    return ctx.loaders.realisationsOfLine.load(line.id);
  },
  async spending(line, _, ctx) {
    return spending([line], await ctx.loaders.realisationsOfLine.load(line.id));
  },
};
