import type { Context } from '../subgraph';
import type { CoalitionMember as CoalitionMemberRow } from '../entities';

export const CoalitionMember = {
  coalition(member: CoalitionMemberRow, _: unknown, ctx: Context) {
    return ctx.loaders.coalition.load(member.coalitionId);
  },
  organisation(member: CoalitionMemberRow, _: unknown, ctx: Context) {
    return ctx.loaders.organisation.load(member.organisationId);
  },
};
