import { spendingOfLines } from '../spending-of-lines';
import type { InterventionResolvers } from '../generated/graphql';

export const Intervention: InterventionResolvers = {
  // Interventions owns them; budgets only knows their ids, so the reference is its own answer.
  __resolveReference(ref) {
    return { id: ref.id };
  },
  /** Lines of its activities carry the intervention id too, so one lookup finds both. */
  funding(intervention, _, ctx) {
    return ctx.loaders.linesOfIntervention.load(intervention.id);
  },
  async spending(intervention, _, ctx) {
    return spendingOfLines(await ctx.loaders.linesOfIntervention.load(intervention.id), ctx);
  },
};
