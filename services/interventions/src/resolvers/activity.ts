import { loadExisting } from '@kansrijk/kit';
import type { ActivityResolvers } from '../generated/graphql';

export const Activity: ActivityResolvers = {
  __resolveReference(ref, ctx) {
    return ctx.loaders.activity.load(ref.id);
  },
  indicators(activity, _, ctx) {
    return ctx.loaders.indicatorsByActivity.load(activity.id);
  },
  intervention(activity, _, ctx) {
    return loadExisting(ctx.loaders.intervention, activity.interventionId, 'intervention');
  },
  theme(activity, _, ctx) {
    return activity.themeCode ? ctx.loaders.theme.load(activity.themeCode) : null;
  },
};
