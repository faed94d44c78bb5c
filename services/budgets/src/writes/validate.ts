import { badUserInput, forbidden, parseAmount } from '@kansrijk/kit';
import { type Viewer } from '@kansrijk/domain';
import type { EntityManager } from 'typeorm';
import { FundingStream, PolicyGoal, type BudgetLineStatus } from '../entities';

/** Role first: an analyst, lea or partner may not write at all, whatever the input. */
export function assertMayWrite(viewer: Viewer): void {
  if (!viewer.isAdmin && !viewer.has('officer')) throw forbidden('Only officers and admins may change budgets');
}

/** A trimmed text; empty counts as absent, which `required` refuses. */
export function text(field: string, value: unknown, { required = false } = {}): string | null {
  if (value === null || value === undefined) {
    if (required) throw badUserInput(field, 'is required');
    return null;
  }
  if (typeof value !== 'string') throw badUserInput(field, 'must be text');
  const trimmed = value.trim();
  if (required && trimmed === '') throw badUserInput(field, 'must not be empty');
  return trimmed === '' ? null : trimmed;
}

/** Budget years: a plausible calendar year, so a typo like 20233 is caught. */
export function year(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1990 || value > 2100) {
    throw badUserInput(field, 'must be a year between 1990 and 2100');
  }
  return value;
}

export function quarter(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 4) throw badUserInput(field, 'must be 1, 2, 3 or 4');
  return value;
}

export function years(start: number, end: number): void {
  if (end < start) throw badUserInput('input.endYear', `must not be before year ${start}`);
}

/** A funding stream code that exists, or null when none is given. */
export async function fundingStream(tx: EntityManager, field: string, value: unknown): Promise<string | null> {
  const code = text(field, value);
  if (code === null) return null;
  if (!(await tx.getRepository(FundingStream).existsBy({ code }))) throw badUserInput(field, `unknown funding stream "${code}"`);
  return code;
}

/** The id of a policy goal of `municipalityCode`, or null when none is given. */
export async function policyGoal(tx: EntityManager, field: string, value: unknown, municipalityCode: string): Promise<string | null> {
  const id = text(field, value);
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
