import { badUserInput, writeTransaction } from '@kansrijk/kit';
import type { Context } from '../subgraph';
import { CoalitionMember, Organisation } from '../entities';
import { coalitionForWriting } from './coalition-for-writing';
import { optionalText } from './input-values';
import { MEMBER_TEXTS, type MemberInput } from './member-input';

/** A membership cannot start after today: `joinedOn` records a fact, not a plan. */
function checkJoinedOn(field: string, joinedOn: string | null | undefined): string | null {
  if (joinedOn == null) return null;
  if (joinedOn > new Date().toISOString().slice(0, 10)) throw badUserInput(field, 'must not be in the future');
  return joinedOn;
}

export async function addCoalitionMember(
  input: MemberInput & { coalitionId: string; organisationId: string; role: string },
  ctx: Context,
): Promise<CoalitionMember> {
  const member = await writeTransaction(ctx.dataSource, async (tx) => {
    const coalition = await coalitionForWriting(tx, 'input.coalitionId', input.coalitionId, ctx);
    if (!(await tx.getRepository(Organisation).existsBy({ id: input.organisationId }))) {
      throw badUserInput('input.organisationId', `unknown organisation ${input.organisationId}`);
    }
    if (await tx.getRepository(CoalitionMember).existsBy({ coalitionId: coalition.id, organisationId: input.organisationId })) {
      throw badUserInput('input.organisationId', `${input.organisationId} is already a member of ${coalition.id}`);
    }
    const { max } = (await tx.getRepository(CoalitionMember).createQueryBuilder('m').select('MAX(m.position)', 'max').where('m.coalitionId = :id', { id: coalition.id }).getRawOne<{ max: number | null }>()) ?? { max: null };
    const row: CoalitionMember = {
      coalitionId: coalition.id,
      organisationId: input.organisationId,
      position: (max ?? 0) + 1,
      role: input.role,
      participation: input.participation ?? 'ACTIVE',
      statement: optionalText(input.statement),
      ambition: optionalText(input.ambition),
      mission: optionalText(input.mission),
      problemAddressed: optionalText(input.problemAddressed),
      commitment: optionalText(input.commitment),
      staffDeployed: optionalText(input.staffDeployed),
      joinedOn: checkJoinedOn('input.joinedOn', input.joinedOn),
    };
    await tx.getRepository(CoalitionMember).insert(row);
    return row;
  });
  ctx.loaders.membersByCoalition.clear(member.coalitionId);
  ctx.loaders.membershipsByOrganisation.clear(member.organisationId);
  return member;
}

export async function updateCoalitionMember(coalitionId: string, organisationId: string, input: MemberInput, ctx: Context): Promise<CoalitionMember> {
  const member = await writeTransaction(ctx.dataSource, async (tx) => {
    await coalitionForWriting(tx, 'coalitionId', coalitionId, ctx);
    const existing = await tx.getRepository(CoalitionMember).findOneBy({ coalitionId, organisationId });
    if (!existing) throw badUserInput('organisationId', `${organisationId} is not a member of ${coalitionId}`);
    for (const field of ['role', 'participation'] as const) {
      if (field in input && input[field] == null) throw badUserInput(`input.${field}`, 'cannot be cleared');
    }
    const row: CoalitionMember = { ...existing, role: input.role ?? existing.role, participation: input.participation ?? existing.participation };
    for (const field of MEMBER_TEXTS) if (field in input) row[field] = optionalText(input[field]);
    if ('joinedOn' in input) row.joinedOn = checkJoinedOn('input.joinedOn', input.joinedOn);
    await tx.getRepository(CoalitionMember).update({ coalitionId, organisationId }, row);
    return row;
  });
  ctx.loaders.membersByCoalition.clear(coalitionId);
  ctx.loaders.membershipsByOrganisation.clear(organisationId);
  return member;
}
