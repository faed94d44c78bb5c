import { loadExisting, money } from '@kansrijk/kit';
import type { RealisationResolvers } from '../generated/graphql';

export const Realisation: RealisationResolvers = {
  line(entry, _, ctx) {
    return loadExisting(ctx.loaders.line, entry.lineId, 'budget line');
  },
  amount(entry) {
    return money(entry.amount);
  },
};
