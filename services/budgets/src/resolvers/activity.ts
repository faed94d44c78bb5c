import { spendingOfLines } from '../spending-of-lines';
import type { ActivityResolvers } from '../generated/graphql';

export const Activity: ActivityResolvers = {
  // Interventions owns them; budgets only knows their ids, so the reference is its own answer.
  __resolveReference(ref) {
    return { id: ref.id };
  },
  funding(activity, _, ctx) {
    return ctx.loaders.linesOfActivity.load(activity.id);
  },
  async spending(activity, _, ctx) {
    return spendingOfLines(await ctx.loaders.linesOfActivity.load(activity.id), ctx);
  },
};
