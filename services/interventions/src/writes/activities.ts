import { badUserInput, distinct, loadExisting, mutationsFor, optionalText, patch, requiredText, TEXT_LIMITS } from '@kansrijk/kit';
import type { EntityManager } from 'typeorm';
import { Activity, Indicator, InterventionTheme } from '../entities';
import type { IndicatorInput, MutationCreateActivityArgs, MutationUpdateActivityArgs } from '../generated/graphql';
import type { Context } from '../subgraph';
import { officers, writableActivity, writableIntervention } from './writable';

const mutation = mutationsFor<Context>();

const CODE = /^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/;

/** An activity is filed under one of its intervention's own themes, as the plans do (Voerendaal §5.1-5.5). */
async function checkTheme(tx: EntityManager, interventionId: string, theme: string | null | undefined): Promise<string | null> {
  const code = optionalText('input.theme', theme, 100);
  if (code && !(await tx.getRepository(InterventionTheme).existsBy({ interventionId, themeCode: code }))) {
    throw badUserInput('input.theme', `${code} is not one of the themes of intervention ${interventionId}`);
  }
  return code;
}

export function checkIndicator(field: string, input: IndicatorInput): Pick<Indicator, 'name' | 'target'> {
  return { name: requiredText(`${field}.name`, input.name), target: optionalText(`${field}.target`, input.target, TEXT_LIMITS.line) };
}

export const createActivity = mutation({
  allow: officers,
  async run(tx, { input }: MutationCreateActivityArgs, ctx) {
    const intervention = await writableIntervention(tx, ctx.viewer, 'input.intervention', input.intervention);
    const code = requiredText('input.code', input.code, 20);
    if (!CODE.test(code)) throw badUserInput('input.code', 'may contain only letters, digits and single hyphens');
    const title = requiredText('input.title', input.title);
    const description = optionalText('input.description', input.description);
    const npoCategories = distinct('input.npoCategories', input.npoCategories ?? []);
    const themeCode = await checkTheme(tx, intervention.id, input.theme);
    const indicators = (input.indicators ?? []).map((ind, i) => checkIndicator(`input.indicators[${i}]`, ind));

    const siblings = await tx.getRepository(Activity).findBy({ interventionId: intervention.id });
    if (siblings.some((a) => a.code.toLowerCase() === code.toLowerCase())) {
      throw badUserInput('input.code', `intervention ${intervention.id} already has an activity ${code}`);
    }
    // New activities follow the ids their siblings already have (`voerendaal-npo-<code>`), else `<intervention>-<code>`.
    const sibling = siblings.find((a) => a.id.endsWith(`-${a.code}`));
    const prefix = sibling ? sibling.id.slice(0, -(sibling.code.length + 1)) : intervention.id;
    const id = `${prefix}-${code.toLowerCase()}`;
    if (await tx.getRepository(Activity).existsBy({ id })) throw badUserInput('input.code', `gives the id ${id}, which is taken`);

    await tx.getRepository(Activity).insert({ id, interventionId: intervention.id, code, title, description, npoCategories, themeCode });
    if (indicators.length) {
      await tx.getRepository(Indicator).insert(indicators.map((ind, i) => ({ id: `${id}-${i + 1}`, activityId: id, position: i + 1, ...ind })));
    }
    return id;
  },
  answer: (id, ctx) => loadExisting(ctx.loaders.activity, id, 'activity'),
});

export const updateActivity = mutation({
  allow: officers,
  async run(tx, { id, input }: MutationUpdateActivityArgs, ctx) {
    const activity = await writableActivity(tx, ctx.viewer, 'id', id);
    const changes: Partial<Activity> = patch(input, {
      title: (value, field) => requiredText(field, value),
      description: (value, field) => optionalText(field, value),
      npoCategories: (value, field) => distinct(field, value),
    });
    if ('theme' in input) changes.themeCode = await checkTheme(tx, activity.interventionId, input.theme);
    if (Object.keys(changes).length) await tx.getRepository(Activity).update({ id }, changes);
    return id;
  },
  answer: (id, ctx) => loadExisting(ctx.loaders.activity, id, 'activity'),
});
