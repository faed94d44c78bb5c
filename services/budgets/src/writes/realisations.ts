import { randomUUID } from 'node:crypto';
import { badUserInput, mutationsFor, optionalText, parseAmount } from '@kansrijk/kit';
import { BudgetLine, Realisation } from '../entities';
import type { MutationRecordRealisationArgs } from '../generated/graphql';
import type { Context } from '../subgraph';
import { writablePlan } from './plans';
import { budgetYear, officers, quarter } from './validate';

const mutation = mutationsFor<Context>();

export const recordRealisation = mutation({
  allow: officers,
  async run(tx, { input }: MutationRecordRealisationArgs, ctx) {
    const line = await tx.getRepository(BudgetLine).findOneBy({ id: input.lineId });
    if (!line) throw badUserInput('input.lineId', `no budget line "${input.lineId}"`);
    const plan = await writablePlan(ctx, tx, 'input.lineId', line.planId);
    const spentIn = budgetYear('input.year', input.year);
    if (spentIn < plan.year || spentIn > plan.endYear) {
      throw badUserInput('input.year', `must be within the plan's years ${plan.year}-${plan.endYear}`);
    }
    const correction = input.correction ?? false;
    const row: Realisation = {
      id: randomUUID(),
      lineId: line.id,
      year: spentIn,
      quarter: quarter('input.quarter', input.quarter),
      amount: parseAmount('input.amount', input.amount, { allowNegative: correction }).toFixed(2),
      correction,
      note: optionalText('input.note', input.note),
      recordedBy: ctx.viewer.id,
      recordedAt: new Date(),
    };
    await tx.getRepository(Realisation).insert(row);
    return row;
  },
});
