/** Every partners write is a kit `mutation` (role gate, one transaction, fresh loaders): see writes/. */
import type { MutationResolvers } from '../generated/graphql';
import { addCoalitionMember, updateCoalitionMember } from '../writes/coalition-members';
import { createOrganisation, updateOrganisation } from '../writes/organisations';

export const Mutation: MutationResolvers = { createOrganisation, updateOrganisation, addCoalitionMember, updateCoalitionMember };
