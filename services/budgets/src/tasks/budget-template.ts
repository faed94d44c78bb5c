import type { BudgetLineStatus } from '../entities';

/**
 * The CSV template for a begroting (docs/budgets.md explains it to policy officers): one row per
 * plan, section, available funds, line and printed (sub)total, `;`-separated as Dutch spreadsheets
 * save it. Which columns a row uses depends on its `kind`.
 */
export const BUDGET_COLUMNS = [
  'kind',
  'plan',
  'municipality',
  'year',
  'end_year',
  'section',
  'number',
  'description',
  'status',
  'amount',
  'funding_stream',
  'statutory',
  'covers',
  'recipient',
  'intervention',
  'activity',
  'policy_goal',
  'note',
] as const;

export type BudgetColumn = (typeof BUDGET_COLUMNS)[number];
export type BudgetRow = Partial<Record<BudgetColumn, string>>;

export const KINDS = ['plan', 'section', 'funds', 'line', 'subtotal', 'total'] as const;
export type Kind = (typeof KINDS)[number];

export const STATUSES: readonly BudgetLineStatus[] = ['SET', 'PM', 'TBD', 'WITHIN_EXISTING'];

/** The Dutch words a begroting prints, accepted beside the template's own status codes. */
export const STATUS_ALIASES: Record<string, BudgetLineStatus> = { pm: 'PM', ntb: 'TBD', 'p.m.': 'PM' };

/** One row's cells in the template's column order (the kit's writeCsv quotes and neutralises them). */
export function csvCells(row: BudgetRow): string[] {
  return BUDGET_COLUMNS.map((column) => row[column] ?? '');
}
