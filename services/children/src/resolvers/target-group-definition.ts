import type { Context } from '../subgraph';
import type { TargetGroupDefinition as Definition } from '../entities';

export const TargetGroupDefinition = {
  municipality: (definition: Definition) => ({ code: definition.municipalityCode }),
  criteria: (definition: Definition, _: unknown, ctx: Context) => ctx.loaders.criteriaByDefinition.load(definition.id),
};
