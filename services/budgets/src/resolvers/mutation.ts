import type { Context } from '../subgraph';
import { addBudgetLine, removeBudgetLine, updateBudgetLine, type AddBudgetLineInput, type LineFields } from '../writes/line-mutations';
import {
  addBudgetSection,
  createBudgetPlan,
  updateBudgetPlan,
  type AddBudgetSectionInput,
  type CreateBudgetPlanInput,
  type UpdateBudgetPlanInput,
} from '../writes/plan-mutations';
import { recordRealisation, type RecordRealisationInput } from '../writes/record-realisation';

type Args<I> = { input: I };

export const Mutation = {
  createBudgetPlan: (_: unknown, { input }: Args<CreateBudgetPlanInput>, ctx: Context) => createBudgetPlan(input, ctx),
  updateBudgetPlan: (_: unknown, { id, input }: Args<UpdateBudgetPlanInput> & { id: string }, ctx: Context) => updateBudgetPlan(id, input, ctx),
  addBudgetSection: (_: unknown, { input }: Args<AddBudgetSectionInput>, ctx: Context) => addBudgetSection(input, ctx),
  addBudgetLine: (_: unknown, { input }: Args<AddBudgetLineInput>, ctx: Context) => addBudgetLine(input, ctx),
  updateBudgetLine: (_: unknown, { id, input }: Args<LineFields> & { id: string }, ctx: Context) => updateBudgetLine(id, input, ctx),
  removeBudgetLine: (_: unknown, { id }: { id: string }, ctx: Context) => removeBudgetLine(id, ctx),
  recordRealisation: (_: unknown, { input }: Args<RecordRealisationInput>, ctx: Context) => recordRealisation(input, ctx),
};
