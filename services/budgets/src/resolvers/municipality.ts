import type { MunicipalityResolvers } from '../generated/graphql';

export const Municipality: MunicipalityResolvers = {
  // Budgets keeps no municipality rows (partners owns them): the key is all there is to resolve;
  // the fields below load through per-request loaders.
  __resolveReference(ref) {
    return { code: ref.code };
  },
  budgetPlans(municipality, { year }, ctx) {
    return ctx.loaders.plansOfMunicipality.load({ owner: municipality.code, argument: year ?? null });
  },
  fundingAllocations(municipality, { fundingStream }, ctx) {
    return ctx.loaders.allocationsOfMunicipality.load({ owner: municipality.code, argument: fundingStream ?? null });
  },
  policyGoals(municipality, _, ctx) {
    return ctx.loaders.policyGoalsOfMunicipality.load(municipality.code);
  },
};
