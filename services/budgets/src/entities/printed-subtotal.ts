import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { BudgetSection } from './budget-section';
import { FundingStream } from './funding-stream';

/**
 * A subtotal as printed (subtotaal), kept exactly as printed. It covers the section's lines with
 * position in [from_position, to_position], only those of one stream when a stream is given.
 */
@Entity({ schema: 'budgets', name: 'printed_subtotal' })
@Check('printed_subtotal_range', `"to_position" >= "from_position"`)
export class PrintedSubtotal {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Index()
  @ForeignKey(() => BudgetSection, { onDelete: 'CASCADE' })
  @Column({ type: 'text', name: 'section_id' })
  sectionId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'numeric', precision: 15, scale: 2 })
  stated: string;

  @Column({ type: 'integer', name: 'from_position' })
  fromPosition: number;

  @Column({ type: 'integer', name: 'to_position' })
  toPosition: number;

  @ForeignKey(() => FundingStream)
  @Column({ type: 'text', name: 'funding_stream_code', nullable: true })
  fundingStreamCode: string | null;

  /** The subtotal that is the section's printed total (statedTotal). */
  @Column({ type: 'boolean', name: 'is_section_total' })
  isSectionTotal: boolean;
}
