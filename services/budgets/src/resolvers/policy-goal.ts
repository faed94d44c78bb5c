import type { PolicyGoal as PolicyGoalRow } from '../entities';
import type { Context } from '../subgraph';
import { spendingOfLines } from '../spending-of-lines';

export const PolicyGoal = {
  municipality(goal: PolicyGoalRow) {
    return { code: goal.municipalityCode };
  },
  lines(goal: PolicyGoalRow, _: unknown, ctx: Context) {
    return ctx.loaders.linesOfPolicyGoal.load(goal.id);
  },
  async spending(goal: PolicyGoalRow, _: unknown, ctx: Context) {
    return spendingOfLines(await ctx.loaders.linesOfPolicyGoal.load(goal.id), ctx);
  },
};
