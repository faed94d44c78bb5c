import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A measurement (meting) of an indicator on a date: a number or, for a qualitative indicator, words.
 * One per indicator and date: the id is `<indicator id>@<date>`, so recording again corrects it.
 */
@Entity({ schema: 'interventions', name: 'measurement' })
export class Measurement {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Index()
  @Column({ type: 'text', name: 'indicator_id' })
  indicatorId: string;

  @Column({ type: 'date', name: 'measured_on' })
  measuredOn: string;

  /** Exact: pg returns numeric as a string, and the API passes it on as `Numeric`. */
  @Column({ type: 'numeric', nullable: true })
  value: string | null;

  @Column({ type: 'text', name: 'value_text', nullable: true })
  valueText: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Who recorded it (the token's subject) and when: a measurement is accountable data. */
  @Column({ type: 'text', name: 'recorded_by' })
  recordedBy: string;

  @Column({ type: 'timestamptz', name: 'recorded_at' })
  recordedAt: Date;
}
