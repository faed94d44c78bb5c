import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { FundingAllocation } from './funding-allocation';

/** One term of an allocation formula (rekenregel): quantity × rate. */
@Entity({ schema: 'budgets', name: 'allocation_term' })
export class AllocationTerm {
  // The key leads with allocation_id, so its index also serves lookups by allocation.
  @PrimaryColumn({ type: 'text', name: 'allocation_id' })
  @ForeignKey(() => FundingAllocation, { onDelete: 'CASCADE' })
  allocationId: string;

  @PrimaryColumn({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  label: string;

  /** Counts can be fractional (achterstandsscore 145.655), so three decimals. */
  @Column({ type: 'numeric', precision: 15, scale: 3 })
  quantity: string;

  /** Euros per unit; four decimals so rates published with more than cents still fit exactly. */
  @Column({ type: 'numeric', precision: 15, scale: 4 })
  rate: string;

  @Column({ type: 'numeric', precision: 15, scale: 2, name: 'stated_amount', nullable: true })
  statedAmount: string | null;
}
