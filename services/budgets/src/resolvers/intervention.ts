import type { Context } from '../subgraph';
import { spendingOfLines } from '../spending-of-lines';

interface InterventionRef {
  id: string;
}

export const Intervention = {
  // Interventions owns them; budgets only knows their ids, so the reference is its own answer.
  __resolveReference(ref: InterventionRef) {
    return { id: ref.id };
  },
  /** Lines of its activities carry the intervention id too, so one lookup finds both. */
  funding(intervention: InterventionRef, _: unknown, ctx: Context) {
    return ctx.loaders.linesOfIntervention.load(intervention.id);
  },
  async spending(intervention: InterventionRef, _: unknown, ctx: Context) {
    return spendingOfLines(await ctx.loaders.linesOfIntervention.load(intervention.id), ctx);
  },
};
