import type { Context } from '../subgraph';
import { addCoalitionMember, updateCoalitionMember } from '../mutations/coalitionMembers';
import { createOrganisation } from '../mutations/createOrganisation';
import type { MemberInput } from '../mutations/MemberInput';
import type { OrganisationInput } from '../mutations/OrganisationInput';
import { updateOrganisation } from '../mutations/updateOrganisation';

type CreateInput = OrganisationInput & { name: string; kind: string; municipalities: string[] };
type AddMemberInput = MemberInput & { coalitionId: string; organisationId: string; role: string };

export const Mutation = {
  createOrganisation: (_: unknown, { input }: { input: CreateInput }, ctx: Context) => createOrganisation(input, ctx),
  updateOrganisation: (_: unknown, { id, input }: { id: string; input: OrganisationInput }, ctx: Context) => updateOrganisation(id, input, ctx),
  addCoalitionMember: (_: unknown, { input }: { input: AddMemberInput }, ctx: Context) => addCoalitionMember(input, ctx),
  updateCoalitionMember: (_: unknown, args: { coalitionId: string; organisationId: string; input: MemberInput }, ctx: Context) =>
    updateCoalitionMember(args.coalitionId, args.organisationId, args.input, ctx),
};
