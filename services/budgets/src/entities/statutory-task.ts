import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { FundingStream } from './funding-stream';

/**
 * A task the law requires of the municipality (wettelijke taak) that a funding stream pays for, as
 * the source names it. A stream without rows here pays for local choices only.
 */
@Entity({ schema: 'budgets', name: 'statutory_task' })
export class StatutoryTask {
  // The key leads with the stream, so its index also serves lookups by stream.
  @PrimaryColumn({ type: 'text', name: 'funding_stream_code' })
  @ForeignKey(() => FundingStream, { onDelete: 'CASCADE' })
  fundingStreamCode: string;

  @PrimaryColumn({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  description: string;

  /** The law the duty rests on (wettelijke grondslag), when the source or the law itself names it. */
  @Column({ type: 'text', name: 'legal_basis', nullable: true })
  legalBasis: string | null;

  /** Where the source says the task is statutory. */
  @Column({ type: 'text' })
  source: string;
}
