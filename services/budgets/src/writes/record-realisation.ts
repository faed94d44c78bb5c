import { randomUUID } from 'node:crypto';
import { badUserInput, parseAmount, writeTransaction } from '@kansrijk/kit';
import { BudgetLine, Realisation } from '../entities';
import type { Context } from '../subgraph';
import { clearLoaders } from './clear-loaders';
import { writablePlan } from './plan-mutations';
import { assertMayWrite, quarter, text, year } from './validate';

export interface RecordRealisationInput {
  lineId: string;
  year: number;
  quarter: number;
  amount: unknown;
  correction?: boolean | null;
  note?: string | null;
}

export async function recordRealisation(input: RecordRealisationInput, ctx: Context): Promise<Realisation> {
  assertMayWrite(ctx.viewer);
  const entry = await writeTransaction(ctx.dataSource, async (tx) => {
    const line = await tx.getRepository(BudgetLine).findOneBy({ id: input.lineId });
    if (!line) throw badUserInput('input.lineId', `no budget line "${input.lineId}"`);
    const plan = await writablePlan(ctx, tx, 'lineId', line.planId);
    const spentIn = year('input.year', input.year);
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
      note: text('input.note', input.note),
      recordedBy: ctx.viewer.id,
      recordedAt: new Date(),
    };
    await tx.getRepository(Realisation).insert(row);
    return row;
  });
  clearLoaders(ctx.loaders);
  return entry;
}
