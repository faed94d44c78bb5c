import type { Context } from '../subgraph';
import type { Measurement as MeasurementRow } from '../entities';

export const Measurement = {
  indicator(measurement: MeasurementRow, _: unknown, ctx: Context) {
    return ctx.loaders.indicator.load(measurement.indicatorId);
  },
  text(measurement: MeasurementRow) {
    return measurement.valueText;
  },
};
