import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import { FundingStream } from './funding-stream';

/** What a funding stream allocates to a municipality by formula (toekenning), for a period. */
@Entity({ schema: 'budgets', name: 'funding_allocation' })
@Check('funding_allocation_period', `"period_end" >= "period_start"`)
export class FundingAllocation {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Index()
  @Column({ type: 'text', name: 'municipality_code' })
  municipalityCode: string;

  @Index()
  @ForeignKey(() => FundingStream)
  @Column({ type: 'text', name: 'funding_stream_code' })
  fundingStreamCode: string;

  /** pg returns `date` as `YYYY-MM-DD` text, which is what the API's Date scalar sends. */
  @Column({ type: 'date', name: 'period_start' })
  periodStart: string;

  @Column({ type: 'date', name: 'period_end' })
  periodEnd: string;

  /** The total as printed in the source; the API computes its own from the terms. */
  @Column({ type: 'numeric', precision: 15, scale: 2, name: 'stated_total', nullable: true })
  statedTotal: string | null;

  @Column({ type: 'text', name: 'payment_note', nullable: true })
  paymentNote: string | null;

  /**
   * The month of the first monthly payment (first day of that month), which covers every month of
   * the period up to and including it; one payment a month follows until the period's last month.
   * Null when the payment schedule is not known.
   */
  @Column({ type: 'date', name: 'first_payment_month', nullable: true })
  firstPaymentMonth: string | null;
}
