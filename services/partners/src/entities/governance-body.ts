import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A governance body of a coalition: stuurgroep, kerngroep or werkgroep. */
@Entity({ schema: 'partners', name: 'governance_body' })
export class GovernanceBody {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Index()
  @Column({ type: 'text', name: 'coalition_id' })
  coalitionId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  purpose: string | null;

  @Column({ type: 'integer', name: 'meetings_per_year', nullable: true })
  meetingsPerYear: number | null;

  @Column({ type: 'text', nullable: true })
  cadence: string | null;
}
