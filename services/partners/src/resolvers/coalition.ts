import { loadExisting } from '@kansrijk/kit';
import type { CoalitionResolvers } from '../generated/graphql';

export const Coalition: CoalitionResolvers = {
  __resolveReference(ref, ctx) {
    return ctx.loaders.coalition.load(ref.id);
  },
  municipality(coalition, _, ctx) {
    return loadExisting(ctx.loaders.municipality, coalition.municipalityCode, 'municipality');
  },
  members(coalition, _, ctx) {
    return ctx.loaders.membersByCoalition.load(coalition.id);
  },
  bodies(coalition, _, ctx) {
    return ctx.loaders.bodiesByCoalition.load(coalition.id);
  },
};
