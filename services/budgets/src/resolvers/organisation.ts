import type { Context } from '../subgraph';

interface OrganisationRef {
  id: string;
}

export const Organisation = {
  // Partners owns organisations; budgets only knows their ids, so the reference is its own answer.
  __resolveReference(ref: OrganisationRef) {
    return { id: ref.id };
  },
  grants(organisation: OrganisationRef, _: unknown, ctx: Context) {
    return ctx.loaders.linesOfRecipient.load(organisation.id);
  },
};
