import { loadExisting } from '@kansrijk/kit';
import type { IndicatorResolvers } from '../generated/graphql';

export const Indicator: IndicatorResolvers = {
  activity(indicator, _, ctx) {
    return loadExisting(ctx.loaders.activity, indicator.activityId, 'activity');
  },
  measurements(indicator, _, ctx) {
    return ctx.loaders.measurementsByIndicator.load(indicator.id);
  },
};
