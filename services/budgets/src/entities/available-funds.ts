import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { BudgetSection } from './budget-section';
import { FundingStream } from './funding-stream';
import type { BudgetLineStatus } from './budget-line';

/** Money available to a section (beschikbare middelen) from one stream, as printed. */
@Entity({ schema: 'budgets', name: 'available_funds' })
@Check('available_funds_status', `"status" IN ('SET', 'PM', 'TBD', 'WITHIN_EXISTING')`)
@Check('available_funds_amount_iff_set', `("status" = 'SET') = ("amount" IS NOT NULL)`)
export class AvailableFunds {
  // The key leads with section_id, so its index also serves lookups by section.
  @PrimaryColumn({ type: 'text', name: 'section_id' })
  @ForeignKey(() => BudgetSection, { onDelete: 'CASCADE' })
  sectionId: string;

  @PrimaryColumn({ type: 'integer' })
  position: number;

  @ForeignKey(() => FundingStream)
  @Column({ type: 'text', name: 'funding_stream_code' })
  fundingStreamCode: string;

  @Column({ type: 'text' })
  status: BudgetLineStatus;

  @Column({ type: 'numeric', precision: 15, scale: 2, nullable: true })
  amount: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
