import type { Context } from '../subgraph';
import type { Activity as ActivityRow } from '../entities';

export const Activity = {
  __resolveReference(ref: { id: string }, ctx: Context) {
    return ctx.loaders.activity.load(ref.id);
  },
  indicators(activity: ActivityRow, _: unknown, ctx: Context) {
    return ctx.loaders.indicatorsByActivity.load(activity.id);
  },
  intervention(activity: ActivityRow, _: unknown, ctx: Context) {
    return ctx.loaders.intervention.load(activity.interventionId);
  },
  theme(activity: ActivityRow, _: unknown, ctx: Context) {
    return activity.themeCode ? ctx.loaders.theme.load(activity.themeCode) : null;
  },
};
