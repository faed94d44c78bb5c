import { Decimal, money, sum, type Money } from '@kansrijk/kit';
import { setTotal } from './amounts';
import type { BudgetLine, Realisation } from './entities';

export interface Spending {
  budgeted: Money;
  spent: Money;
  remaining: Money;
  overspent: boolean;
}

/** The exact sum of realisation entries, corrections included. */
export function spentTotal(realisations: readonly Pick<Realisation, 'amount'>[]): Decimal {
  return sum(realisations.map((r) => r.amount));
}

/** Budgeted (set amounts; pm and ntb count as zero) against spent, for any group of lines. */
export function spending(lines: readonly Pick<BudgetLine, 'status' | 'amount'>[], realisations: readonly Pick<Realisation, 'amount'>[]): Spending {
  const budgeted = setTotal(lines);
  const spent = spentTotal(realisations);
  return { budgeted: money(budgeted), spent: money(spent), remaining: money(budgeted.minus(spent)), overspent: spent.greaterThan(budgeted) };
}

/** Lines and their entries, side by side (the entries of `lines[i]` are `entries[i]`). */
export interface LinesWithEntries {
  lines: BudgetLine[];
  entries: Realisation[][];
}

/** Spending per value of `keyOf` (a stream, a goal), in the order the values first appear; lines without one left out. */
export function spendingBy(
  { lines, entries }: LinesWithEntries,
  keyOf: (line: BudgetLine) => string | null,
): { key: string; spending: Spending }[] {
  const groups = new Map<string, LinesWithEntries>();
  lines.forEach((line, i) => {
    const key = keyOf(line);
    if (key === null) return;
    const group = groups.get(key) ?? { lines: [], entries: [] };
    group.lines.push(line);
    group.entries.push(entries[i]);
    groups.set(key, group);
  });
  return [...groups].map(([key, group]) => ({ key, spending: spending(group.lines, group.entries.flat()) }));
}

/** Spent per quarter, in date order. */
export function spendingByQuarter(entries: readonly Realisation[]): { year: number; quarter: number; spent: Money }[] {
  const totals = new Map<number, Decimal>();
  for (const entry of entries) {
    const key = entry.year * 10 + entry.quarter;
    totals.set(key, (totals.get(key) ?? new Decimal(0)).plus(entry.amount));
  }
  return [...totals]
    .sort(([a], [b]) => a - b)
    .map(([key, spent]) => ({ year: Math.floor(key / 10), quarter: key % 10, spent: money(spent) }));
}
