import { toCents, writeCsv } from '@kansrijk/kit';
import type { DataSource } from 'typeorm';
import { AvailableFunds, BudgetLine, BudgetPlan, BudgetSection, PrintedSubtotal } from '../entities';
import { BUDGET_COLUMNS, csvCells, type BudgetRow } from './budget-template';

const amount = (value: string | null) => (value === null ? '' : toCents(value));

/** Every row of one plan in the template, in the order of the source. */
export async function budgetRows(db: DataSource, plan: BudgetPlan): Promise<BudgetRow[]> {
  const sections = await db.getRepository(BudgetSection).find({ where: { planId: plan.id }, order: { position: 'ASC' } });
  const ids = sections.map((s) => s.id);
  const by = <T extends { sectionId: string }>(rows: T[]) => (id: string) => rows.filter((r) => r.sectionId === id);
  const [funds, lines, subtotals] = await Promise.all([
    db.getRepository(AvailableFunds).find({ where: ids.map((sectionId) => ({ sectionId })), order: { position: 'ASC' } }),
    db.getRepository(BudgetLine).find({ where: { planId: plan.id }, order: { position: 'ASC' } }),
    db.getRepository(PrintedSubtotal).find({ where: ids.map((sectionId) => ({ sectionId })), order: { position: 'ASC' } }),
  ]);
  const rows: BudgetRow[] = [
    {
      kind: 'plan',
      plan: plan.id,
      municipality: plan.municipalityCode,
      year: String(plan.year),
      end_year: String(plan.endYear),
      description: plan.title,
      note: plan.source ?? '',
    },
  ];
  for (const section of sections) {
    const s = section.label;
    rows.push({ kind: 'section', section: s, description: section.title, note: section.note ?? '' });
    for (const f of by(funds)(section.id)) {
      rows.push({ kind: 'funds', section: s, status: f.status, amount: amount(f.amount), funding_stream: f.fundingStreamCode, note: f.note ?? '' });
    }
    for (const l of by(lines)(section.id)) {
      rows.push({
        kind: 'line',
        section: s,
        number: l.number ?? '',
        description: l.description,
        status: l.status,
        amount: amount(l.amount),
        funding_stream: l.fundingStreamCode ?? '',
        statutory: l.statutory ? 'yes' : 'no',
        recipient: l.recipientId ?? '',
        intervention: l.interventionId ?? '',
        activity: l.activityId ?? '',
        policy_goal: l.policyGoalId ?? '',
        note: l.note ?? '',
      });
    }
    for (const t of by(subtotals)(section.id)) {
      rows.push({
        kind: t.isSectionTotal ? 'total' : 'subtotal',
        section: s,
        description: t.label,
        amount: amount(t.stated),
        funding_stream: t.fundingStreamCode ?? '',
        covers: `${t.fromPosition}-${t.toPosition}`,
      });
    }
  }
  return rows;
}

/** `npm run export -- budget <municipality> <year>`: the plans covering that year, in the template. */
export async function exportBudget(db: DataSource, args: string[]): Promise<string> {
  const [municipality, yearText] = args;
  const year = Number(yearText);
  if (!municipality || !Number.isInteger(year)) throw new Error('usage: npm run export -- budget <municipality code> <year>');
  const plans = await db
    .getRepository(BudgetPlan)
    .createQueryBuilder('plan')
    .where('plan.municipalityCode = :municipality AND plan.year <= :year AND plan.endYear >= :year', { municipality, year })
    .orderBy('plan.year')
    .addOrderBy('plan.title')
    .getMany();
  if (plans.length === 0) throw new Error(`no budget plan of ${municipality} covers ${year}`);
  if (plans.length > 1) throw new Error(`${plans.length} plans of ${municipality} cover ${year} (${plans.map((p) => p.id).join(', ')}); the template holds one`);
  const rows = await budgetRows(db, plans[0]);
  return writeCsv(BUDGET_COLUMNS, rows.map(csvCells));
}
