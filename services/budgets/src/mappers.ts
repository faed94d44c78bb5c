/**
 * What the resolvers of each GraphQL type receive as parent, and so what a resolver returning that type
 * must return. `npm run codegen` maps every `<Type>Mapper` exported here to the GraphQL type `<Type>`
 * (see codegen.ts); a type without one is its generated GraphQL shape.
 */
import type * as entities from './entities';

/** Partners and interventions own these: budgets only holds their keys, federation fetches the rest. */
export interface MunicipalityMapper {
  code: string;
}
export interface OrganisationMapper {
  id: string;
}
export interface InterventionMapper {
  id: string;
}
export interface ActivityMapper {
  id: string;
}

export type BudgetPlanMapper = entities.BudgetPlan;
export type BudgetSectionMapper = entities.BudgetSection;
export type BudgetLineMapper = entities.BudgetLine;
/** A Funding is a budget line seen from what it pays for. */
export type FundingMapper = entities.BudgetLine;
export type PrintedSubtotalMapper = entities.PrintedSubtotal;
export type AvailableFundsMapper = entities.AvailableFunds;
export type FundingAllocationMapper = entities.FundingAllocation;
export type AllocationTermMapper = entities.AllocationTerm;
export type FundingStreamMapper = entities.FundingStream;
export type StatutoryTaskMapper = entities.StatutoryTask;
export type PolicyGoalMapper = entities.PolicyGoal;
export type RealisationMapper = entities.Realisation;
