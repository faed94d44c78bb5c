import { badUserInput, mutationsFor, notCleared, notInFuture, optionalText, today } from '@kansrijk/kit';
import { assertCanWriteFor, officersAndAdmins } from '@kansrijk/domain';
import type { EntityManager } from 'typeorm';
import type { Context } from '../subgraph';
import { Coalition, CoalitionMember, Organisation } from '../entities';
import type { MutationAddCoalitionMemberArgs, MutationUpdateCoalitionMemberArgs } from '../generated/graphql';

/** The free-text fields of a membership: the coalition's own words for what a partner brings. */
const MEMBER_TEXTS = ['statement', 'ambition', 'mission', 'problemAddressed', 'commitment', 'staffDeployed'] as const;

const mutation = mutationsFor<Context>();

const officers = officersAndAdmins('change coalitions');

/** The coalition a membership change is about, once the viewer may write for its municipality. */
async function writableCoalition(tx: EntityManager, ctx: Context, field: string, id: string): Promise<Coalition> {
  const coalition = await tx.getRepository(Coalition).findOneBy({ id });
  if (!coalition) throw badUserInput(field, `unknown coalition ${id}`);
  assertCanWriteFor(ctx.viewer, coalition.municipalityCode);
  return coalition;
}

/** A membership cannot start after today: `joinedOn` records a fact, not a plan. */
const joinedOn = (value: string | null | undefined) => (value == null ? null : notInFuture('input.joinedOn', value, today()));

export const addCoalitionMember = mutation({
  allow: officers,
  async run(tx, { input }: MutationAddCoalitionMemberArgs, ctx) {
    const coalition = await writableCoalition(tx, ctx, 'input.coalitionId', input.coalitionId);
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
      statement: null,
      ambition: null,
      mission: null,
      problemAddressed: null,
      commitment: null,
      staffDeployed: null,
      joinedOn: joinedOn(input.joinedOn),
    };
    for (const field of MEMBER_TEXTS) row[field] = optionalText(`input.${field}`, input[field]);
    await tx.getRepository(CoalitionMember).insert(row);
    return row;
  },
});

export const updateCoalitionMember = mutation({
  allow: officers,
  async run(tx, { coalitionId, organisationId, input }: MutationUpdateCoalitionMemberArgs, ctx) {
    await writableCoalition(tx, ctx, 'coalitionId', coalitionId);
    const existing = await tx.getRepository(CoalitionMember).findOneBy({ coalitionId, organisationId });
    if (!existing) throw badUserInput('organisationId', `${organisationId} is not a member of ${coalitionId}`);
    const row: CoalitionMember = { ...existing };
    if ('role' in input) row.role = notCleared('input.role', input.role);
    if ('participation' in input) row.participation = notCleared('input.participation', input.participation);
    for (const field of MEMBER_TEXTS) if (field in input) row[field] = optionalText(`input.${field}`, input[field]);
    if ('joinedOn' in input) row.joinedOn = joinedOn(input.joinedOn);
    await tx.getRepository(CoalitionMember).update({ coalitionId, organisationId }, row);
    return row;
  },
});
