import type { TargetGroupDefinitionResolvers } from '../generated/graphql';

export const TargetGroupDefinition: TargetGroupDefinitionResolvers = {
  municipality: (definition) => ({ code: definition.municipalityCode }),
  criteria: (definition, _, ctx) => ctx.loaders.criteriaByDefinition.load(definition.id),
};
