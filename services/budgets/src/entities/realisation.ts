import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { BudgetLine } from './budget-line';

/**
 * Money spent on a budget line in one quarter (realisatie), as an entry: a quarter can have several,
 * and a correction (correctieboeking) may be negative. Entries are never edited, only corrected, so
 * the quarterly check can always see what was reported when.
 */
@Entity({ schema: 'budgets', name: 'realisation' })
@Check('realisation_quarter', `"quarter" BETWEEN 1 AND 4`)
@Check('realisation_negative_only_as_correction', `"correction" OR "amount" >= 0`)
export class Realisation {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Index()
  @ForeignKey(() => BudgetLine, { onDelete: 'CASCADE' })
  @Column({ type: 'text', name: 'line_id' })
  lineId: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  quarter: number;

  @Column({ type: 'numeric', precision: 15, scale: 2 })
  amount: string;

  @Column({ type: 'boolean' })
  correction: boolean;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Who recorded it (the token's subject), for the quarterly check. */
  @Column({ type: 'text', name: 'recorded_by' })
  recordedBy: string;

  @Column({ type: 'timestamptz', name: 'recorded_at', default: () => 'now()' })
  recordedAt: Date;
}
