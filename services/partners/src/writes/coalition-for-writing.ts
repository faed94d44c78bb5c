import { badUserInput, forbidden } from '@kansrijk/kit';
import { assertCanWriteFor } from '@kansrijk/domain';
import type { EntityManager } from 'typeorm';
import type { Context } from '../subgraph';
import { Coalition } from '../entities';

/** The coalition a membership change is about, once the viewer may write for its municipality. */
export async function coalitionForWriting(tx: EntityManager, field: string, id: string, ctx: Context): Promise<Coalition> {
  if (!ctx.viewer.isAdmin && !ctx.viewer.has('officer')) throw forbidden('Only officers and admins may change coalitions');
  const coalition = await tx.getRepository(Coalition).findOneBy({ id });
  if (!coalition) throw badUserInput(field, `unknown coalition ${id}`);
  assertCanWriteFor(ctx.viewer, coalition.municipalityCode);
  return coalition;
}
