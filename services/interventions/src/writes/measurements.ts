import { badUserInput, loadExisting, mutationsFor, notInFuture, optionalText, today } from '@kansrijk/kit';
import { Measurement } from '../entities';
import type { MutationRecordMeasurementArgs } from '../generated/graphql';
import type { Context } from '../subgraph';
import { officers, writableIndicator } from './writable';

const mutation = mutationsFor<Context>();

/** numeric(1000) is PostgreSQL's limit; a measured count or score has no need for more than this. */
const MAX_DIGITS = 30;

/** One measurement per indicator and date: recording a date again replaces (corrects) its value. */
export const recordMeasurement = mutation({
  allow: officers,
  async run(tx, { input }: MutationRecordMeasurementArgs, ctx) {
    const indicator = await writableIndicator(tx, ctx.viewer, 'input.indicator', input.indicator);
    const measuredOn = notInFuture('input.measuredOn', input.measuredOn, today());
    const text = optionalText('input.text', input.text, 2000);
    const value = input.value ?? null;
    if (value !== null && value.replace(/[-.]/g, '').length > MAX_DIGITS) throw badUserInput('input.value', `must have at most ${MAX_DIGITS} digits`);
    if ((value === null) === (text === null)) throw badUserInput('input.value', 'give exactly one of value and text');

    const id = `${indicator.id}@${measuredOn}`;
    await tx.getRepository(Measurement).upsert(
      {
        id,
        indicatorId: indicator.id,
        measuredOn,
        value,
        valueText: text,
        note: optionalText('input.note', input.note, 2000),
        recordedBy: ctx.viewer.id,
        recordedAt: new Date(),
      },
      ['id'],
    );
    return id;
  },
  answer: (id, ctx) => loadExisting(ctx.loaders.measurement, id, 'measurement'),
});
