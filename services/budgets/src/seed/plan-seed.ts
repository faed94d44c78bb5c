import type { AvailableFunds, BudgetLine, BudgetLineStatus, BudgetPlan, BudgetSection, PrintedSubtotal } from '../entities';

/** A budget line as the source prints it; its position is its place in the section's list. */
export interface LineSeed {
  number: string | null;
  description: string;
  status: BudgetLineStatus;
  /** Exactly as printed, as a decimal string; only for SET lines. */
  amount?: string;
  statutory?: boolean;
  stream: string | null;
  note?: string;
  recipient?: string;
  intervention?: string;
  activity?: string;
  /** The id of the municipality's policy goal (beleidsdoel) the line pays for. */
  policyGoal?: string;
}

/** A printed subtotal over the lines at positions `from`..`to` (1-based), optionally of one stream. */
export interface SubtotalSeed {
  label: string;
  stated: string;
  from: number;
  to: number;
  stream?: string;
  sectionTotal?: boolean;
}

export interface FundsSeed {
  stream: string;
  status: BudgetLineStatus;
  amount?: string;
  note?: string;
}

export interface SectionSeed {
  label: string;
  title: string;
  note?: string;
  funds: FundsSeed[];
  lines: LineSeed[];
  subtotals: SubtotalSeed[];
}

export interface PlanSeed {
  id: string;
  municipalityCode: string;
  year: number;
  endYear: number;
  title: string;
  source: string;
  sections: SectionSeed[];
}

export interface PlanRows {
  plan: BudgetPlan;
  sections: BudgetSection[];
  subtotals: PrintedSubtotal[];
  funds: AvailableFunds[];
  lines: BudgetLine[];
}

/** Turns a plan as printed into rows with deterministic ids (`<plan>-<section>-<position>`). */
export function planRows(seed: PlanSeed): PlanRows {
  const { sections: sectionSeeds, ...plan } = seed;
  const rows: PlanRows = { plan, sections: [], subtotals: [], funds: [], lines: [] };
  sectionSeeds.forEach((s, i) => {
    const sectionId = `${seed.id}-${s.label.toLowerCase()}`;
    rows.sections.push({ id: sectionId, planId: seed.id, position: i + 1, label: s.label, title: s.title, note: s.note ?? null });
    s.funds.forEach((f, j) =>
      rows.funds.push({
        sectionId,
        position: j + 1,
        fundingStreamCode: f.stream,
        status: f.status,
        amount: f.amount ?? null,
        note: f.note ?? null,
      }),
    );
    s.lines.forEach((l, j) =>
      rows.lines.push({
        id: `${sectionId}-${j + 1}`,
        sectionId,
        planId: seed.id,
        position: j + 1,
        number: l.number,
        description: l.description,
        status: l.status,
        amount: l.amount ?? null,
        statutory: l.statutory ?? false,
        fundingStreamCode: l.stream,
        note: l.note ?? null,
        recipientId: l.recipient ?? null,
        interventionId: l.intervention ?? null,
        activityId: l.activity ?? null,
        policyGoalId: l.policyGoal ?? null,
      }),
    );
    s.subtotals.forEach((t, j) =>
      rows.subtotals.push({
        id: `${sectionId}-subtotal-${j + 1}`,
        sectionId,
        position: j + 1,
        label: t.label,
        stated: t.stated,
        fromPosition: t.from,
        toPosition: t.to,
        fundingStreamCode: t.stream ?? null,
        isSectionTotal: t.sectionTotal ?? false,
      }),
    );
  });
  return rows;
}
