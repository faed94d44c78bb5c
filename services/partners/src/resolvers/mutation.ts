import type { Context } from '../subgraph';
import { addCoalitionMember, updateCoalitionMember } from '../writes/coalition-members';
import { createOrganisation } from '../writes/create-organisation';
import type { MemberInput } from '../writes/member-input';
import type { OrganisationInput } from '../writes/organisation-input';
import { updateOrganisation } from '../writes/update-organisation';

type CreateInput = OrganisationInput & { name: string; kind: string; municipalities: string[] };
type AddMemberInput = MemberInput & { coalitionId: string; organisationId: string; role: string };

export const Mutation = {
  createOrganisation: (_: unknown, { input }: { input: CreateInput }, ctx: Context) => createOrganisation(input, ctx),
  updateOrganisation: (_: unknown, { id, input }: { id: string; input: OrganisationInput }, ctx: Context) => updateOrganisation(id, input, ctx),
  addCoalitionMember: (_: unknown, { input }: { input: AddMemberInput }, ctx: Context) => addCoalitionMember(input, ctx),
  updateCoalitionMember: (_: unknown, args: { coalitionId: string; organisationId: string; input: MemberInput }, ctx: Context) =>
    updateCoalitionMember(args.coalitionId, args.organisationId, args.input, ctx),
};
