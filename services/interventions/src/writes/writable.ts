import { badUserInput } from '@kansrijk/kit';
import { assertCanWriteFor, officersAndAdmins, type Viewer } from '@kansrijk/domain';
import type { EntityManager } from 'typeorm';
import { Activity, Indicator, Intervention } from '../entities';

/** The role gate of every interventions write. */
export const officers = officersAndAdmins('change interventions');

/**
 * Activities, indicators and measurements belong to an intervention; whoever may change the intervention
 * (an officer of its municipality, an admin) may change them. Unknown ids are bad input naming the field.
 */
export async function writableIntervention(tx: EntityManager, viewer: Viewer, field: string, id: string): Promise<Intervention> {
  const intervention = await tx.getRepository(Intervention).findOneBy({ id });
  if (!intervention) throw badUserInput(field, `there is no intervention ${id}`);
  assertCanWriteFor(viewer, intervention.municipalityCode);
  return intervention;
}

export async function writableActivity(tx: EntityManager, viewer: Viewer, field: string, id: string): Promise<Activity> {
  const activity = await tx.getRepository(Activity).findOneBy({ id });
  if (!activity) throw badUserInput(field, `there is no activity ${id}`);
  await writableIntervention(tx, viewer, field, activity.interventionId);
  return activity;
}

export async function writableIndicator(tx: EntityManager, viewer: Viewer, field: string, id: string): Promise<Indicator> {
  const indicator = await tx.getRepository(Indicator).findOneBy({ id });
  if (!indicator) throw badUserInput(field, `there is no indicator ${id}`);
  await writableActivity(tx, viewer, field, indicator.activityId);
  return indicator;
}
