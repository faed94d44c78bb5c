import type { Context } from '../subgraph';
import type { Indicator as IndicatorRow } from '../entities';

export const Indicator = {
  activity(indicator: IndicatorRow, _: unknown, ctx: Context) {
    return ctx.loaders.activity.load(indicator.activityId);
  },
  measurements(indicator: IndicatorRow, _: unknown, ctx: Context) {
    return ctx.loaders.measurementsByIndicator.load(indicator.id);
  },
};
