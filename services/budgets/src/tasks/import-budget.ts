import { randomUUID } from 'node:crypto';
import { ORGANISATION_ID, activityRef, interventionRef, organisationRef } from '@kansrijk/domain';
import { importReferenceProblems, readCsv, readTextFile, writeTransaction, type ImportOptions, type ImportReport, type RowProblem, type RowReference } from '@kansrijk/kit';
import { In, type DataSource, type EntityManager, type ObjectLiteral } from 'typeorm';
import { AvailableFunds, BudgetLine, BudgetPlan, BudgetSection, FundingStream, PolicyGoal, PrintedSubtotal, Realisation } from '../entities';
import { planRows, type PlanRows } from '../seed/plan-seed';
import { parseBudgetCsv } from './parse-budget-csv';

interface Counts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/** Whether every column of the new row already holds the same value (pg gives numerics as strings). */
function same<T extends ObjectLiteral>(existing: T, next: T): boolean {
  return Object.keys(next).every((key) => String(existing[key] ?? null) === String(next[key] ?? null));
}

/** Saves `rows`, counting each as inserted, updated or unchanged against `existing` (by `keyOf`). */
async function store<T extends ObjectLiteral>(tx: EntityManager, entity: new () => T, rows: T[], existing: T[], keyOf: (row: T) => string, counts: Counts) {
  const before = new Map(existing.map((row) => [keyOf(row), row]));
  const changed = rows.filter((row) => {
    const old = before.get(keyOf(row));
    if (!old) counts.inserted++;
    else if (same(old, row)) counts.unchanged++;
    else counts.updated++;
    return !old || !same(old, row);
  });
  if (changed.length) await tx.getRepository(entity).save(changed);
}

/**
 * Existing sections are matched by label and lines by their place in the section, so that ids (and
 * the realisation entries recorded on them) survive a re-import; new ones get the seed's ids.
 */
function keepIds(rows: PlanRows, sections: BudgetSection[], lines: BudgetLine[]): void {
  const sectionIds = new Map(sections.map((s) => [s.label, s.id]));
  const renamed = new Map<string, string>();
  for (const section of rows.sections) {
    const id = sectionIds.get(section.label);
    if (id && id !== section.id) renamed.set(section.id, id);
    section.id = id ?? section.id;
  }
  const fix = (id: string) => renamed.get(id) ?? id;
  rows.funds.forEach((f) => (f.sectionId = fix(f.sectionId)));
  rows.subtotals.forEach((t) => (t.sectionId = fix(t.sectionId)));
  const lineIds = new Map(lines.map((l) => [`${l.sectionId}#${l.position}`, l.id]));
  const taken = new Set(lines.map((l) => l.id));
  for (const line of rows.lines) {
    line.sectionId = fix(line.sectionId);
    const id = lineIds.get(`${line.sectionId}#${line.position}`);
    line.id = id ?? (taken.has(line.id) ? `${line.sectionId}-${randomUUID()}` : line.id);
  }
}

/**
 * The keys a line names that other subgraphs own (recipient: partners; intervention, activity:
 * interventions), checked as the budget line mutations check them, so a file cannot store what a
 * mutation would refuse.
 */
async function referenceProblems(text: string, options: ImportOptions): Promise<RowProblem[]> {
  const problems: RowProblem[] = [];
  const asked: RowReference[] = [];
  for (const { line, values } of readCsv(text, ';').rows) {
    if (values.kind !== 'line') continue;
    const recipient = values.recipient ?? '';
    if (recipient && !ORGANISATION_ID.test(recipient)) problems.push({ line, column: 'recipient', message: 'must be an organisation id: lower-case letters, digits and hyphens' });
    else if (recipient) asked.push({ line, column: 'recipient', reference: organisationRef(recipient, 'recipient') });
    if (values.intervention) asked.push({ line, column: 'intervention', reference: interventionRef(values.intervention, 'intervention') });
    if (values.activity) asked.push({ line, column: 'activity', reference: activityRef(values.activity, 'activity') });
  }
  return [...problems, ...(await importReferenceProblems('budget', asked, options.references))];
}

/**
 * `npm run import -- budget <file>`: one begroting in the template. Every row is checked before
 * anything is written; the plan then replaces what is stored under its id, in one transaction, so
 * importing the same file twice changes nothing. Rows the file no longer has are removed (counted as
 * updated), except lines with realisation entries: those make the import refuse.
 */
export async function importBudget(db: DataSource, file: string, options: ImportOptions = {}): Promise<ImportReport> {
  // Excel saves a CSV in windows-1252 unless told otherwise: read it in whichever encoding it is in.
  const { text, encoding } = await readTextFile(file);
  const streams = new Set((await db.getRepository(FundingStream).find()).map((s) => s.code));
  const policyGoals = new Map((await db.getRepository(PolicyGoal).find()).map((g) => [g.id, g.municipalityCode]));
  const parsed = parseBudgetCsv(text, { streams, policyGoals });
  const problems = [...parsed.problems, ...(await referenceProblems(text, options))].sort((a, b) => a.line - b.line);
  const plan = problems.length ? null : parsed.plan;
  const rowCount = text.replace(/^\uFEFF/, '').split('\n').filter((l) => l.trim()).length - 1;
  const report: ImportReport = { kind: 'budget', file, rows: Math.max(rowCount, 0), inserted: 0, updated: 0, unchanged: 0, problems, read: { encoding, delimiter: ';', ignoredColumns: [] } };
  if (!plan) return report;

  const rows = planRows(plan);
  rows.plan.source = rows.plan.source || null;
  // Fresh on every attempt: writeTransaction runs this again after a serialization conflict.
  const outcome = await writeTransaction(db, async (tx) => {
    const refused: RowProblem[] = [];
    const counts: Counts = { inserted: 0, updated: 0, unchanged: 0 };
    const existingPlan = await tx.getRepository(BudgetPlan).findOneBy({ id: plan.id });
    const sections = await tx.getRepository(BudgetSection).findBy({ planId: plan.id });
    const lines = await tx.getRepository(BudgetLine).findBy({ planId: plan.id });
    keepIds(rows, sections, lines);
    const sectionIds = sections.map((s) => s.id);
    const [subtotals, funds] = sectionIds.length
      ? await Promise.all([
          tx.getRepository(PrintedSubtotal).findBy({ sectionId: In(sectionIds) }),
          tx.getRepository(AvailableFunds).findBy({ sectionId: In(sectionIds) }),
        ])
      : [[], []];
    const keepLine = new Set(rows.lines.map((l) => l.id));
    const goneLines = lines.filter((l) => !keepLine.has(l.id));
    const spentOn = goneLines.length ? await tx.getRepository(Realisation).findBy({ lineId: In(goneLines.map((l) => l.id)) }) : [];
    for (const line of goneLines.filter((l) => spentOn.some((r) => r.lineId === l.id))) {
      const section = sections.find((s) => s.id === line.sectionId)!;
      refused.push({ line: 1, column: null, message: `line ${line.number ?? line.position} '${line.description}' of section ${section.label} has realisation entries but is not in the file` });
    }
    if (refused.length) return { refused, counts };

    await store(tx, BudgetPlan, [rows.plan], existingPlan ? [existingPlan] : [], (p) => p.id, counts);
    // Removed first: a new row may take the key of one that goes (funds and subtotals are positional).
    const keepSection = new Set(rows.sections.map((s) => s.id));
    const goneSections = sections.filter((s) => !keepSection.has(s.id));
    const keepSubtotal = new Set(rows.subtotals.map((t) => t.id));
    const goneSubtotals = subtotals.filter((t) => !keepSubtotal.has(t.id));
    const fundKey = (f: AvailableFunds) => `${f.sectionId}#${f.position}`;
    const keepFunds = new Set(rows.funds.map(fundKey));
    const goneFunds = funds.filter((f) => !keepFunds.has(fundKey(f)));
    if (goneLines.length) await tx.getRepository(BudgetLine).delete({ id: In(goneLines.map((l) => l.id)) });
    if (goneSubtotals.length) await tx.getRepository(PrintedSubtotal).delete({ id: In(goneSubtotals.map((t) => t.id)) });
    for (const f of goneFunds) await tx.getRepository(AvailableFunds).delete({ sectionId: f.sectionId, position: f.position });
    if (goneSections.length) await tx.getRepository(BudgetSection).delete({ id: In(goneSections.map((s) => s.id)) });
    counts.updated += goneLines.length + goneSubtotals.length + goneFunds.length + goneSections.length;

    await store(tx, BudgetSection, rows.sections, sections, (s) => s.id, counts);
    await store(tx, AvailableFunds, rows.funds, funds, fundKey, counts);
    await store(tx, BudgetLine, rows.lines, lines, (l) => l.id, counts);
    await store(tx, PrintedSubtotal, rows.subtotals, subtotals, (t) => t.id, counts);
    return { refused, counts };
  });
  if (outcome.refused.length) return { ...report, problems: outcome.refused };
  return { ...report, ...outcome.counts };
}
