import type { PolicyGoal as PolicyGoalRow } from '../entities';
import type { Context } from '../context';
import { loadAll } from '../loadAll';
import { spending } from '../spending';

export const PolicyGoal = {
  municipality(goal: PolicyGoalRow) {
    return { code: goal.municipalityCode };
  },
  lines(goal: PolicyGoalRow, _: unknown, ctx: Context) {
    return ctx.loaders.linesOfPolicyGoal.load(goal.id);
  },
  async spending(goal: PolicyGoalRow, _: unknown, ctx: Context) {
    const lines = await ctx.loaders.linesOfPolicyGoal.load(goal.id);
    const entries = await loadAll(ctx.loaders.realisationsOfLine, lines.map((line) => line.id));
    return spending(lines, entries.flat());
  },
};
