import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { BudgetPlan } from './budget-plan';
import { BudgetSection } from './budget-section';
import { FundingStream } from './funding-stream';
import { PolicyGoal } from './policy-goal';

export type BudgetLineStatus = 'SET' | 'PM' | 'TBD' | 'WITHIN_EXISTING';

/** A line of a budget plan (begrotingsregel). Only SET lines carry an amount. */
@Entity({ schema: 'budgets', name: 'budget_line' })
@Check('budget_line_status', `"status" IN ('SET', 'PM', 'TBD', 'WITHIN_EXISTING')`)
@Check('budget_line_amount_iff_set', `("status" = 'SET') = ("amount" IS NOT NULL)`)
export class BudgetLine {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Index()
  @ForeignKey(() => BudgetSection, { onDelete: 'CASCADE' })
  @Column({ type: 'text', name: 'section_id' })
  sectionId: string;

  /** Denormalised from the section so plan-wide sums and allocation checks need no extra join. */
  @Index()
  @ForeignKey(() => BudgetPlan, { onDelete: 'CASCADE' })
  @Column({ type: 'text', name: 'plan_id' })
  planId: string;

  /** Order within the section, as printed; printed subtotals cover a range of positions. */
  @Column({ type: 'integer' })
  position: number;

  /** The number or letter as printed; null for unnumbered lines. */
  @Column({ type: 'text', nullable: true })
  number: string | null;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text' })
  status: BudgetLineStatus;

  /** pg returns numeric as a string: kept a string so no float ever touches it. */
  @Column({ type: 'numeric', precision: 15, scale: 2, nullable: true })
  amount: string | null;

  /** Wettelijk verplicht (marked * in Maassluis' begroting). */
  @Column({ type: 'boolean' })
  statutory: boolean;

  @Index()
  @ForeignKey(() => FundingStream)
  @Column({ type: 'text', name: 'funding_stream_code', nullable: true })
  fundingStreamCode: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Organisation id (owned by partners). */
  @Index()
  @Column({ type: 'text', name: 'recipient_id', nullable: true })
  recipientId: string | null;

  /** Intervention id (owned by interventions); also set on lines linked to one of its activities. */
  @Index()
  @Column({ type: 'text', name: 'intervention_id', nullable: true })
  interventionId: string | null;

  /** Activity id (owned by interventions). */
  @Index()
  @Column({ type: 'text', name: 'activity_id', nullable: true })
  activityId: string | null;

  /** The municipality's policy goal (beleidsdoel) the line pays for, when the source names one. */
  @Index()
  @ForeignKey(() => PolicyGoal)
  @Column({ type: 'text', name: 'policy_goal_id', nullable: true })
  policyGoalId: string | null;
}
