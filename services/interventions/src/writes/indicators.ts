import { badUserInput } from '@kansrijk/kit';
import { type Viewer } from '@kansrijk/domain';
import type { EntityManager } from 'typeorm';
import { Indicator } from '../entities';
import { checkIndicator, type IndicatorInput } from './activities';
import { assertMayWrite } from './assert-may-write';
import { writableActivity, writableIndicator } from './writable';
import { given, optionalText, requiredText } from './validate';

export async function createIndicator(tx: EntityManager, viewer: Viewer, input: IndicatorInput & { activity: string }): Promise<string> {
  assertMayWrite(viewer);
  const activity = await writableActivity(tx, viewer, 'input.activity', input.activity);
  const checked = checkIndicator('input', input);
  const last = await tx.getRepository(Indicator).maximum('position', { activityId: activity.id });
  const position = (last ?? 0) + 1;
  const id = `${activity.id}-${position}`;
  if (await tx.getRepository(Indicator).existsBy({ id })) throw badUserInput('input.activity', `the indicator id ${id} is taken`);
  await tx.getRepository(Indicator).insert({ id, activityId: activity.id, position, ...checked });
  return id;
}

export async function updateIndicator(
  tx: EntityManager,
  viewer: Viewer,
  id: string,
  input: Partial<IndicatorInput>,
): Promise<string> {
  assertMayWrite(viewer);
  await writableIndicator(tx, viewer, 'id', id);
  const changes: Partial<Indicator> = {};
  if (given(input, 'name')) changes.name = requiredText('input.name', input.name);
  if (given(input, 'target')) changes.target = optionalText('input.target', input.target, 500);
  if (Object.keys(changes).length) await tx.getRepository(Indicator).update({ id }, changes);
  return id;
}
