import { assertMunicipalityCode, badUserInput, slug, writeTransaction } from '@kansrijk/kit';
import { assertCanWriteFor, municipalityRef } from '@kansrijk/domain';
import type { EntityManager } from 'typeorm';
import { BudgetPlan, BudgetSection } from '../entities';
import type { Context } from '../subgraph';
import { clearLoaders } from './clear-loaders';
import { assertMayWrite, text, year, years } from './validate';

export interface CreateBudgetPlanInput {
  municipalityCode: string;
  year: number;
  endYear?: number | null;
  title: string;
  source?: string | null;
}

export type UpdateBudgetPlanInput = Partial<Omit<CreateBudgetPlanInput, 'municipalityCode'>>;

export interface AddBudgetSectionInput {
  planId: string;
  label: string;
  title: string;
  note?: string | null;
}

/** A plan, or BAD_USER_INPUT on `field`; then FORBIDDEN unless the viewer may write for its municipality. */
export async function writablePlan(ctx: Context, manager: EntityManager, field: string, id: string): Promise<BudgetPlan> {
  const plan = await manager.getRepository(BudgetPlan).findOneBy({ id });
  if (!plan) throw badUserInput(field, `no budget plan "${id}"`);
  assertCanWriteFor(ctx.viewer, plan.municipalityCode);
  return plan;
}

export async function createBudgetPlan(input: CreateBudgetPlanInput, ctx: Context): Promise<BudgetPlan> {
  assertMayWrite(ctx.viewer);
  const code = assertMunicipalityCode('input.municipalityCode', input.municipalityCode);
  assertCanWriteFor(ctx.viewer, code);
  const start = year('input.year', input.year);
  const end = input.endYear === undefined || input.endYear === null ? start : year('input.endYear', input.endYear);
  years(start, end);
  const title = text('input.title', input.title, { required: true })!;
  // A well-formed code is not yet a municipality: partners, which owns them, is asked (before the transaction).
  await ctx.references.assertExist([municipalityRef(code, 'input.municipalityCode')]);
  const plan: BudgetPlan = {
    // Readable and deterministic, like the demo plans' ids; the title keeps two plans of a year apart.
    id: `${code.toLowerCase()}-${start}-${slug(title)}`,
    municipalityCode: code,
    year: start,
    endYear: end,
    title,
    source: text('input.source', input.source),
  };
  await writeTransaction(ctx.dataSource, async (tx) => {
    const twin = await tx
      .getRepository(BudgetPlan)
      .createQueryBuilder('plan')
      .where('plan.municipalityCode = :code AND plan.year = :year AND lower(plan.title) = lower(:title)', { code, year: start, title })
      .getExists();
    if (twin || (await tx.getRepository(BudgetPlan).existsBy({ id: plan.id }))) {
      throw badUserInput('input.title', `${code} already has a plan "${title}" for ${start}`);
    }
    await tx.getRepository(BudgetPlan).insert(plan);
  });
  clearLoaders(ctx.loaders);
  return plan;
}

export async function updateBudgetPlan(id: string, input: UpdateBudgetPlanInput, ctx: Context): Promise<BudgetPlan> {
  assertMayWrite(ctx.viewer);
  const updated = await writeTransaction(ctx.dataSource, async (tx) => {
    const plan = await writablePlan(ctx, tx, 'id', id);
    const next: BudgetPlan = { ...plan };
    if (input.year !== undefined) next.year = year('input.year', input.year);
    if (input.endYear !== undefined) next.endYear = year('input.endYear', input.endYear);
    years(next.year, next.endYear);
    if (input.title !== undefined) next.title = text('input.title', input.title, { required: true })!;
    if (input.source !== undefined) next.source = text('input.source', input.source);
    await tx.getRepository(BudgetPlan).save(next);
    return next;
  });
  clearLoaders(ctx.loaders);
  return updated;
}

export async function addBudgetSection(input: AddBudgetSectionInput, ctx: Context): Promise<BudgetSection> {
  assertMayWrite(ctx.viewer);
  const section = await writeTransaction(ctx.dataSource, async (tx) => {
    const plan = await writablePlan(ctx, tx, 'planId', input.planId);
    const label = text('input.label', input.label, { required: true })!;
    const title = text('input.title', input.title, { required: true })!;
    const id = `${plan.id}-${slug(label)}`;
    if (!slug(label)) throw badUserInput('input.label', 'must contain a letter or digit');
    const repo = tx.getRepository(BudgetSection);
    if (await repo.existsBy({ id })) throw badUserInput('input.label', `the plan already has a section "${label}"`);
    const position = ((await repo.maximum('position', { planId: plan.id })) ?? 0) + 1;
    const row: BudgetSection = { id, planId: plan.id, position, label, title, note: text('input.note', input.note) };
    await repo.insert(row);
    return row;
  });
  clearLoaders(ctx.loaders);
  return section;
}
