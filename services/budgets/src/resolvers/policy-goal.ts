import { spendingOfLines } from '../spending-of-lines';
import type { PolicyGoalResolvers } from '../generated/graphql';

export const PolicyGoal: PolicyGoalResolvers = {
  municipality(goal) {
    return { code: goal.municipalityCode };
  },
  lines(goal, _, ctx) {
    return ctx.loaders.linesOfPolicyGoal.load(goal.id);
  },
  async spending(goal, _, ctx) {
    return spendingOfLines(await ctx.loaders.linesOfPolicyGoal.load(goal.id), ctx);
  },
};
