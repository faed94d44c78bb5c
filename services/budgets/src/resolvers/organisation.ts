import type { OrganisationResolvers } from '../generated/graphql';

export const Organisation: OrganisationResolvers = {
  // Partners owns organisations; budgets only knows their ids, so the reference is its own answer.
  __resolveReference(ref) {
    return { id: ref.id };
  },
  grants(organisation, _, ctx) {
    return ctx.loaders.linesOfRecipient.load(organisation.id);
  },
};
