import { loadExisting } from '@kansrijk/kit';
import type { CoalitionMemberResolvers } from '../generated/graphql';

export const CoalitionMember: CoalitionMemberResolvers = {
  coalition(member, _, ctx) {
    return loadExisting(ctx.loaders.coalition, member.coalitionId, 'coalition');
  },
  organisation(member, _, ctx) {
    return loadExisting(ctx.loaders.organisation, member.organisationId, 'organisation');
  },
};
