import type { Context } from '../subgraph';

interface MunicipalityRef {
  code: string;
}

export const Municipality = {
  // Budgets keeps no municipality rows (partners owns them): the key is all there is to resolve;
  // the fields below load through per-request loaders.
  __resolveReference(ref: MunicipalityRef) {
    return { code: ref.code };
  },
  budgetPlans(municipality: MunicipalityRef, { year }: { year?: number | null }, ctx: Context) {
    return ctx.loaders.plansOfMunicipality.load({ owner: municipality.code, argument: year ?? null });
  },
  fundingAllocations(municipality: MunicipalityRef, { fundingStream }: { fundingStream?: string | null }, ctx: Context) {
    return ctx.loaders.allocationsOfMunicipality.load({ owner: municipality.code, argument: fundingStream ?? null });
  },
  policyGoals(municipality: MunicipalityRef, _: unknown, ctx: Context) {
    return ctx.loaders.policyGoalsOfMunicipality.load(municipality.code);
  },
};
