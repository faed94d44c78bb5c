import { writeTransaction } from '@kansrijk/kit';
import type { EntityManager } from 'typeorm';
import type { Context } from '../subgraph';
import { createLoaders } from '../loaders';
import { createActivity, updateActivity, type CreateActivityInput, type UpdateActivityInput } from '../writes/activities';
import { createIndicator, updateIndicator } from '../writes/indicators';
import { createIntervention, referencesIn, updateIntervention, type InterventionInput } from '../writes/interventions';
import { recordMeasurement, type RecordMeasurementInput } from '../writes/measurements';

/**
 * Every write is one transaction (kit's writeTransaction: serializable, run again on a conflict): the
 * checks run inside it before the first write, and any error rolls everything back. Afterwards the
 * request gets fresh loaders, so the answer (and any later mutation in the same request) sees the new
 * state rather than rows cached before the write.
 */
async function write<T>(ctx: Context, run: (tx: EntityManager) => Promise<string>, read: (id: string) => Promise<T>): Promise<T> {
  const id = await writeTransaction(ctx.dataSource, run);
  ctx.loaders = createLoaders(ctx.dataSource);
  return read(id);
}

type Args<T> = { input: T };
type UpdateArgs<T> = { id: string; input: T };

export const Mutation = {
  // Partners is asked about the organisations and municipality before the transaction opens (see prefetch).
  createIntervention: async (_: unknown, { input }: Args<InterventionInput>, ctx: Context) => {
    await ctx.references.prefetch(referencesIn(input));
    return write(ctx, (tx) => createIntervention(tx, ctx.viewer, ctx.references, input), (id) => ctx.loaders.intervention.load(id));
  },
  updateIntervention: async (_: unknown, { id, input }: UpdateArgs<InterventionInput>, ctx: Context) => {
    await ctx.references.prefetch(referencesIn(input));
    return write(ctx, (tx) => updateIntervention(tx, ctx.viewer, ctx.references, id, input), (id) => ctx.loaders.intervention.load(id));
  },
  createActivity: (_: unknown, { input }: Args<CreateActivityInput>, ctx: Context) =>
    write(ctx, (tx) => createActivity(tx, ctx.viewer, input), (id) => ctx.loaders.activity.load(id)),
  updateActivity: (_: unknown, { id, input }: UpdateArgs<UpdateActivityInput>, ctx: Context) =>
    write(ctx, (tx) => updateActivity(tx, ctx.viewer, id, input), (id) => ctx.loaders.activity.load(id)),
  createIndicator: (_: unknown, { input }: Args<{ activity: string; name: string; target?: string | null }>, ctx: Context) =>
    write(ctx, (tx) => createIndicator(tx, ctx.viewer, input), (id) => ctx.loaders.indicator.load(id)),
  updateIndicator: (_: unknown, { id, input }: UpdateArgs<{ name?: string; target?: string | null }>, ctx: Context) =>
    write(ctx, (tx) => updateIndicator(tx, ctx.viewer, id, input), (id) => ctx.loaders.indicator.load(id)),
  recordMeasurement: (_: unknown, { input }: Args<RecordMeasurementInput>, ctx: Context) =>
    write(
      ctx,
      (tx) => recordMeasurement(tx, ctx.viewer, input, new Date().toISOString().slice(0, 10)),
      (id) => ctx.loaders.measurement.load(id),
    ),
};
