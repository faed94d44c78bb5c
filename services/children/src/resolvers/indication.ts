import type { Context } from '../subgraph';
import type { Indication as IndicationRow } from '../entities';

export const Indication = {
  definitionVersion: async (indication: IndicationRow, _: unknown, ctx: Context) => {
    const definition = await ctx.loaders.definition.load(indication.definitionId);
    if (!definition) throw new Error(`Indication ${indication.id} refers to a missing definition ${indication.definitionId}`);
    return definition.version;
  },
  issuer: (indication: IndicationRow) => ({ id: indication.issuerId }),
  child: (indication: IndicationRow, _: unknown, ctx: Context) => ctx.loaders.child.load(indication.childId),
};
