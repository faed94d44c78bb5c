import type { Context } from '../subgraph';
import { spendingOfLines } from '../spending-of-lines';

interface ActivityRef {
  id: string;
}

export const Activity = {
  // Interventions owns them; budgets only knows their ids, so the reference is its own answer.
  __resolveReference(ref: ActivityRef) {
    return { id: ref.id };
  },
  funding(activity: ActivityRef, _: unknown, ctx: Context) {
    return ctx.loaders.linesOfActivity.load(activity.id);
  },
  async spending(activity: ActivityRef, _: unknown, ctx: Context) {
    return spendingOfLines(await ctx.loaders.linesOfActivity.load(activity.id), ctx);
  },
};
