/**
 * Budget-specific checks; the generic ones (text, years, patches) are the kit's `input.ts`. Each names
 * the field as the client sent it.
 */
import { badUserInput, optionalText, parseAmount, wholeNumber, year } from '@kansrijk/kit';
import { officersAndAdmins } from '@kansrijk/domain';
import type { EntityManager } from 'typeorm';
import { FundingStream, PolicyGoal, type BudgetLineStatus } from '../entities';

/** The role gate of every budget write. */
export const officers = officersAndAdmins('change budgets');

/** Budget years: from 1990 (no LEA budget is older) to 2100. */
export const budgetYear = (field: string, value: unknown): number => year(field, value, { from: 1990, to: 2100 });

export function quarter(field: string, value: unknown): number {
  const q = wholeNumber(field, value, 1, 4);
  if (q === null) throw badUserInput(field, 'must be a whole number from 1 to 4');
  return q;
}

export function years(start: number, end: number): void {
  if (end < start) throw badUserInput('input.endYear', `must not be before year ${start}`);
}

/** A funding stream code that exists, or null when none is given. */
export async function fundingStream(tx: EntityManager, field: string, value: unknown): Promise<string | null> {
  const code = optionalText(field, value, 100);
  if (code === null) return null;
  if (!(await tx.getRepository(FundingStream).existsBy({ code }))) throw badUserInput(field, `unknown funding stream "${code}"`);
  return code;
}

/** The id of a policy goal of `municipalityCode`, or null when none is given. */
export async function policyGoal(tx: EntityManager, field: string, value: unknown, municipalityCode: string): Promise<string | null> {
  const id = optionalText(field, value, 200);
  if (id === null) return null;
  const goal = await tx.getRepository(PolicyGoal).findOneBy({ id });
  if (!goal) throw badUserInput(field, `unknown policy goal "${id}"`);
  if (goal.municipalityCode !== municipalityCode) {
    throw badUserInput(field, `policy goal "${id}" is a goal of ${goal.municipalityCode}, not of the plan's municipality ${municipalityCode}`);
  }
  return id;
}

/**
 * The amount a line ends up with: SET needs one (given, or kept from before); PM, TBD and
 * WITHIN_EXISTING have none, so giving one is an error rather than silently dropped.
 */
export function lineAmount(status: BudgetLineStatus, given: unknown, current: string | null): string | null {
  const isGiven = given !== undefined && given !== null;
  if (status !== 'SET') {
    if (isGiven) throw badUserInput('input.amount', `must be left out when status is ${status}`);
    return null;
  }
  const amount = isGiven ? parseAmount('input.amount', given).toFixed(2) : given === null ? null : current;
  if (amount === null) throw badUserInput('input.amount', 'is required when status is SET');
  return amount;
}
