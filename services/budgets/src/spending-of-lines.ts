import { loadAll } from '@kansrijk/kit';
import type { BudgetLine } from './entities';
import type { Context } from './subgraph';
import { spending, type Spending } from './spending';

/** Budgeted against spent for any group of lines, their realisation entries fetched in one batch. */
export async function spendingOfLines(lines: readonly BudgetLine[], ctx: Context): Promise<Spending> {
  const entries = await loadAll(ctx.loaders.realisationsOfLine, lines.map((line) => line.id));
  return spending(lines, entries.flat());
}
