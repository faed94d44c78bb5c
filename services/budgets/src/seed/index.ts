import type { DataSource } from 'typeorm';
import {
  AllocationTerm,
  AvailableFunds,
  BudgetLine,
  BudgetPlan,
  BudgetSection,
  FundingAllocation,
  FundingStream,
  PolicyGoal,
  PrintedSubtotal,
  StatutoryTask,
} from '../entities';
import { FUNDING_STREAMS, STATUTORY_TASKS } from './funding-streams';
import { MAASSLUIS_POLICY_GOALS } from './maassluis-policy-goals';
import { MAASSLUIS_2023 } from './maassluis2023';
import { planRows } from './plan-seed';
import { VOERENDAAL_NPO_2021 } from './voerendaal-npo2021';
import { VOERENDAAL_NPO_ALLOCATION, VOERENDAAL_NPO_TERMS } from './voerendaal-npo-allocation';

export const PLANS = [MAASSLUIS_2023, VOERENDAAL_NPO_2021];

/**
 * Loads the demo data in one transaction, parents before children (foreign keys); upserts on
 * primary keys with deterministic ids, so a second run changes nothing.
 */
export async function seed(db: DataSource): Promise<void> {
  const rows = PLANS.map(planRows);
  await db.transaction(async (tx) => {
    await tx.getRepository(FundingStream).upsert(FUNDING_STREAMS, ['code']);
    await tx.getRepository(StatutoryTask).upsert(STATUTORY_TASKS, ['fundingStreamCode', 'position']);
    await tx.getRepository(PolicyGoal).upsert(MAASSLUIS_POLICY_GOALS, ['id']);
    await tx.getRepository(BudgetPlan).upsert(rows.map((r) => r.plan), ['id']);
    await tx.getRepository(BudgetSection).upsert(rows.flatMap((r) => r.sections), ['id']);
    await tx.getRepository(PrintedSubtotal).upsert(rows.flatMap((r) => r.subtotals), ['id']);
    await tx.getRepository(AvailableFunds).upsert(rows.flatMap((r) => r.funds), ['sectionId', 'position']);
    await tx.getRepository(BudgetLine).upsert(rows.flatMap((r) => r.lines), ['id']);
    await tx.getRepository(FundingAllocation).upsert([VOERENDAAL_NPO_ALLOCATION], ['id']);
    await tx.getRepository(AllocationTerm).upsert(VOERENDAAL_NPO_TERMS, ['allocationId', 'position']);
  });
}

export async function hasData(db: DataSource): Promise<boolean> {
  return (await db.getRepository(BudgetPlan).count()) > 0;
}
