import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An indicator (indicator / verantwoording) of an activity, with its target when the source states one. */
@Entity({ schema: 'interventions', name: 'indicator' })
export class Indicator {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Index()
  @Column({ type: 'text', name: 'activity_id' })
  activityId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  target: string | null;
}
