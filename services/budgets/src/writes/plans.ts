import { badUserInput, mutationsFor, optionalText, patch, requiredText, slug, TEXT_LIMITS } from '@kansrijk/kit';
import { assertMunicipalityCode, assertCanWriteFor, municipalityRef } from '@kansrijk/domain';
import type { EntityManager } from 'typeorm';
import { BudgetPlan, BudgetSection } from '../entities';
import type { MutationAddBudgetSectionArgs, MutationCreateBudgetPlanArgs, MutationUpdateBudgetPlanArgs } from '../generated/graphql';
import type { Context } from '../subgraph';
import { budgetYear, officers, years } from './validate';

const mutation = mutationsFor<Context>();

/** A plan, or BAD_USER_INPUT on `field`; then FORBIDDEN unless the viewer may write for its municipality. */
export async function writablePlan(ctx: Context, tx: EntityManager, field: string, id: string): Promise<BudgetPlan> {
  const plan = await tx.getRepository(BudgetPlan).findOneBy({ id });
  if (!plan) throw badUserInput(field, `no budget plan "${id}"`);
  assertCanWriteFor(ctx.viewer, plan.municipalityCode);
  return plan;
}

export const createBudgetPlan = mutation({
  allow: officers,
  // A well-formed code is not yet a municipality: partners, which owns them, is asked.
  references: ({ input }: MutationCreateBudgetPlanArgs) => [municipalityRef(input.municipalityCode, 'input.municipalityCode')],
  async run(tx, { input }, ctx) {
    const code = assertMunicipalityCode('input.municipalityCode', input.municipalityCode);
    assertCanWriteFor(ctx.viewer, code);
    const start = budgetYear('input.year', input.year);
    const end = input.endYear === undefined || input.endYear === null ? start : budgetYear('input.endYear', input.endYear);
    years(start, end);
    const title = requiredText('input.title', input.title);
    const source = optionalText('input.source', input.source, TEXT_LIMITS.line);
    await ctx.references.assertExist([municipalityRef(code, 'input.municipalityCode')]);
    const plan: BudgetPlan = {
      // Readable and deterministic, like the demo plans' ids; the title keeps two plans of a year apart.
      id: `${code.toLowerCase()}-${start}-${slug(title)}`,
      municipalityCode: code,
      year: start,
      endYear: end,
      title,
      source,
    };
    const twin = await tx
      .getRepository(BudgetPlan)
      .createQueryBuilder('plan')
      .where('plan.municipalityCode = :code AND plan.year = :year AND lower(plan.title) = lower(:title)', { code, year: start, title })
      .getExists();
    if (twin || (await tx.getRepository(BudgetPlan).existsBy({ id: plan.id }))) {
      throw badUserInput('input.title', `${code} already has a plan "${title}" for ${start}`);
    }
    await tx.getRepository(BudgetPlan).insert(plan);
    return plan;
  },
});

export const updateBudgetPlan = mutation({
  allow: officers,
  async run(tx, { id, input }: MutationUpdateBudgetPlanArgs, ctx) {
    const plan = await writablePlan(ctx, tx, 'id', id);
    const next: BudgetPlan = {
      ...plan,
      ...patch(input, {
        year: (value, field) => budgetYear(field, value),
        endYear: (value, field) => budgetYear(field, value),
        title: (value, field) => requiredText(field, value),
        source: (value, field) => optionalText(field, value, TEXT_LIMITS.line),
      }),
    };
    years(next.year, next.endYear);
    await tx.getRepository(BudgetPlan).save(next);
    return next;
  },
});

export const addBudgetSection = mutation({
  allow: officers,
  async run(tx, { input }: MutationAddBudgetSectionArgs, ctx) {
    const plan = await writablePlan(ctx, tx, 'input.planId', input.planId);
    const label = requiredText('input.label', input.label, 50);
    const title = requiredText('input.title', input.title);
    const id = `${plan.id}-${slug(label)}`;
    if (!slug(label)) throw badUserInput('input.label', 'must contain a letter or digit');
    const repo = tx.getRepository(BudgetSection);
    if (await repo.existsBy({ id })) throw badUserInput('input.label', `the plan already has a section "${label}"`);
    const position = ((await repo.maximum('position', { planId: plan.id })) ?? 0) + 1;
    const row: BudgetSection = { id, planId: plan.id, position, label, title, note: optionalText('input.note', input.note) };
    await repo.insert(row);
    return row;
  },
});
