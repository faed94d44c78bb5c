import { badUserInput, loadExisting, mutationsFor, optionalText, patch, requiredText, TEXT_LIMITS } from '@kansrijk/kit';
import { Indicator } from '../entities';
import type { MutationCreateIndicatorArgs, MutationUpdateIndicatorArgs } from '../generated/graphql';
import type { Context } from '../subgraph';
import { checkIndicator } from './activities';
import { officers, writableActivity, writableIndicator } from './writable';

const mutation = mutationsFor<Context>();

export const createIndicator = mutation({
  allow: officers,
  async run(tx, { input }: MutationCreateIndicatorArgs, ctx) {
    const activity = await writableActivity(tx, ctx.viewer, 'input.activity', input.activity);
    const checked = checkIndicator('input', input);
    const last = await tx.getRepository(Indicator).maximum('position', { activityId: activity.id });
    const position = (last ?? 0) + 1;
    const id = `${activity.id}-${position}`;
    if (await tx.getRepository(Indicator).existsBy({ id })) throw badUserInput('input.activity', `the indicator id ${id} is taken`);
    await tx.getRepository(Indicator).insert({ id, activityId: activity.id, position, ...checked });
    return id;
  },
  answer: (id, ctx) => loadExisting(ctx.loaders.indicator, id, 'indicator'),
});

export const updateIndicator = mutation({
  allow: officers,
  async run(tx, { id, input }: MutationUpdateIndicatorArgs, ctx) {
    await writableIndicator(tx, ctx.viewer, 'id', id);
    const changes = patch(input, {
      name: (value, field) => requiredText(field, value),
      target: (value, field) => optionalText(field, value, TEXT_LIMITS.line),
    });
    if (Object.keys(changes).length) await tx.getRepository(Indicator).update({ id }, changes);
    return id;
  },
  answer: (id, ctx) => loadExisting(ctx.loaders.indicator, id, 'indicator'),
});
