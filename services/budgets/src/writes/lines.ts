import { randomUUID } from 'node:crypto';
import { badUserInput, mutationsFor, optionalText, requiredText, TEXT_LIMITS, type Reference } from '@kansrijk/kit';
import { activityRef, interventionRef, organisationRef } from '@kansrijk/domain';
import type { EntityManager } from 'typeorm';
import { BudgetLine, type BudgetPlan, BudgetSection, PrintedSubtotal, Realisation } from '../entities';
import type { MutationAddBudgetLineArgs, MutationRemoveBudgetLineArgs, MutationUpdateBudgetLineArgs, UpdateBudgetLineInput } from '../generated/graphql';
import type { Context } from '../subgraph';
import { writablePlan } from './plans';
import { fundingStream, lineAmount, officers, policyGoal } from './validate';

const mutation = mutationsFor<Context>();

/**
 * The other domains' keys a line names: the recipient (partners), the intervention and the activity
 * (interventions). The pipeline asks their owners before the transaction opens; `applyFields` checks
 * them, answered from memory.
 */
function lineReferences(input: UpdateBudgetLineInput): Reference[] {
  const given = (value: string | null | undefined) => (typeof value === 'string' && value.trim() ? value.trim() : null);
  const recipient = given(input.recipientId);
  const intervention = given(input.interventionId);
  const activity = given(input.activityId);
  return [
    ...(recipient ? [organisationRef(recipient, 'input.recipientId')] : []),
    ...(intervention ? [interventionRef(intervention, 'input.interventionId')] : []),
    ...(activity ? [activityRef(activity, 'input.activityId')] : []),
  ];
}

/** A line and its plan, or BAD_USER_INPUT on `id`; FORBIDDEN unless the viewer may write for its plan. */
async function writableLine(ctx: Context, tx: EntityManager, id: string): Promise<{ line: BudgetLine; plan: BudgetPlan }> {
  const line = await tx.getRepository(BudgetLine).findOneBy({ id });
  if (!line) throw badUserInput('id', `no budget line "${id}"`);
  return { line, plan: await writablePlan(ctx, tx, 'id', line.planId) };
}

/** Applies the given fields to a line: every one validated, nothing written yet. */
async function applyFields(tx: EntityManager, ctx: Context, plan: BudgetPlan, line: BudgetLine, input: UpdateBudgetLineInput): Promise<BudgetLine> {
  const next: BudgetLine = { ...line };
  if (input.number !== undefined) next.number = optionalText('input.number', input.number, 50);
  if (input.description !== undefined) next.description = requiredText('input.description', input.description, TEXT_LIMITS.text);
  if (input.status !== undefined && input.status !== null) next.status = input.status;
  if (input.statutory !== undefined && input.statutory !== null) next.statutory = input.statutory;
  if (input.fundingStream !== undefined) next.fundingStreamCode = await fundingStream(tx, 'input.fundingStream', input.fundingStream);
  if (input.recipientId !== undefined) next.recipientId = optionalText('input.recipientId', input.recipientId, 200);
  if (input.interventionId !== undefined) next.interventionId = optionalText('input.interventionId', input.interventionId, 200);
  if (input.activityId !== undefined) next.activityId = optionalText('input.activityId', input.activityId, 200);
  if (input.policyGoalId !== undefined) next.policyGoalId = await policyGoal(tx, 'input.policyGoalId', input.policyGoalId, plan.municipalityCode);
  if (input.note !== undefined) next.note = optionalText('input.note', input.note);
  next.amount = lineAmount(next.status, input.amount, line.amount);
  await ctx.references.assertExist(lineReferences(input));
  return next;
}

export const addBudgetLine = mutation({
  allow: officers,
  references: ({ input }: MutationAddBudgetLineArgs) => lineReferences(input),
  async run(tx, { input }, ctx) {
    const section = await tx.getRepository(BudgetSection).findOneBy({ id: input.sectionId });
    if (!section) throw badUserInput('input.sectionId', `no budget section "${input.sectionId}"`);
    const plan = await writablePlan(ctx, tx, 'input.sectionId', section.planId);
    const repo = tx.getRepository(BudgetLine);
    const position = ((await repo.maximum('position', { sectionId: section.id })) ?? 0) + 1;
    const blank: BudgetLine = {
      id: `${section.id}-${position}`,
      sectionId: section.id,
      planId: section.planId,
      position,
      number: null,
      description: '',
      status: input.status,
      amount: null,
      statutory: false,
      fundingStreamCode: null,
      note: null,
      recipientId: null,
      interventionId: null,
      activityId: null,
      policyGoalId: null,
    };
    const row = await applyFields(tx, ctx, plan, blank, input);
    // After a removal the positional id may belong to another line already.
    if (await repo.existsBy({ id: row.id })) row.id = `${section.id}-${randomUUID()}`;
    await repo.insert(row);
    return row;
  },
});

export const updateBudgetLine = mutation({
  allow: officers,
  references: ({ input }: MutationUpdateBudgetLineArgs) => lineReferences(input),
  async run(tx, { id, input }, ctx) {
    const { line: current, plan } = await writableLine(ctx, tx, id);
    const next = await applyFields(tx, ctx, plan, current, input);
    await tx.getRepository(BudgetLine).save(next);
    return next;
  },
});

/**
 * Removes a line and closes the gap, so printed subtotals (ranges of positions) keep covering the
 * same other lines. A line with realisation entries is kept: its spending must stay accountable.
 */
export const removeBudgetLine = mutation({
  allow: officers,
  async run(tx, { id }: MutationRemoveBudgetLineArgs, ctx) {
    const { line } = await writableLine(ctx, tx, id);
    if (await tx.getRepository(Realisation).existsBy({ lineId: id })) {
      throw badUserInput('id', 'the line has realisation entries; correct them instead of removing the line');
    }
    const subtotals = await tx.getRepository(PrintedSubtotal).findBy({ sectionId: line.sectionId });
    const moved = subtotals.map((s) => ({
      ...s,
      fromPosition: s.fromPosition > line.position ? s.fromPosition - 1 : s.fromPosition,
      toPosition: s.toPosition >= line.position ? s.toPosition - 1 : s.toPosition,
    }));
    const emptied = moved.find((s) => s.toPosition < s.fromPosition);
    if (emptied) throw badUserInput('id', `the line is the only one under the printed subtotal "${emptied.label}"`);
    await tx.getRepository(BudgetLine).delete({ id });
    await tx
      .createQueryBuilder()
      .update(BudgetLine)
      .set({ position: () => 'position - 1' })
      .where('section_id = :section AND position > :position', { section: line.sectionId, position: line.position })
      .execute();
    if (moved.length) await tx.getRepository(PrintedSubtotal).save(moved);
    return (await tx.getRepository(BudgetSection).findOneBy({ id: line.sectionId }))!;
  },
});
