import { loadExisting } from '@kansrijk/kit';
import type { IndicationResolvers } from '../generated/graphql';

export const Indication: IndicationResolvers = {
  definitionVersion: async (indication, _, ctx) => {
    const definition = await ctx.loaders.definition.load(indication.definitionId);
    if (!definition) throw new Error(`Indication ${indication.id} refers to a missing definition ${indication.definitionId}`);
    return definition.version;
  },
  issuer: (indication) => ({ id: indication.issuerId }),
  referredTo: (indication) => (indication.referredToId === null ? null : { id: indication.referredToId }),
  child: (indication, _, ctx) => loadExisting(ctx.loaders.child, indication.childId, 'child'),
};
