import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { BudgetPlan } from './budget-plan';

/** A section of a budget plan (deel), e.g. Deel A. */
@Entity({ schema: 'budgets', name: 'budget_section' })
export class BudgetSection {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Index()
  @ForeignKey(() => BudgetPlan, { onDelete: 'CASCADE' })
  @Column({ type: 'text', name: 'plan_id' })
  planId: string;

  /** Order in the source document. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
