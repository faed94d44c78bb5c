import type { Context } from '../context';
import { loadAll } from '../loadAll';
import { spending } from '../spending';

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
    const lines = await ctx.loaders.linesOfIntervention.load(intervention.id);
    const entries = await loadAll(ctx.loaders.realisationsOfLine, lines.map((line) => line.id));
    return spending(lines, entries.flat());
  },
};
