import { loadExisting } from '@kansrijk/kit';
import type { MeasurementResolvers } from '../generated/graphql';

export const Measurement: MeasurementResolvers = {
  indicator(measurement, _, ctx) {
    return loadExisting(ctx.loaders.indicator, measurement.indicatorId, 'indicator');
  },
  text(measurement) {
    return measurement.valueText;
  },
};
