import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A placement (plaatsing) of a child at a VE location. */
@Entity({ schema: 'children', name: 'placement' })
@Check('chk_placement_hours_per_week', `"hours_per_week" > 0`)
@Check('chk_placement_dates', `"end_date" IS NULL OR "end_date" >= "start_date"`)
@Index('idx_placement_child', ['childId'])
@Index('idx_placement_indication', ['indicationId'])
@Index('idx_placement_location_start_date', ['locationId', 'startDate'])
export class Placement {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text', name: 'child_id' })
  childId: string;

  @Column({ type: 'text', name: 'indication_id', nullable: true })
  indicationId: string | null;

  /** The VE location: a partners organisation id, not a foreign key. */
  @Column({ type: 'text', name: 'location_id' })
  locationId: string;

  @Column({ type: 'date', name: 'start_date' })
  startDate: string;

  @Column({ type: 'date', name: 'end_date', nullable: true })
  endDate: string | null;

  /** pg returns numeric as a string; it stays one until the API boundary. */
  @Column({ type: 'numeric', name: 'hours_per_week', precision: 4, scale: 1 })
  hoursPerWeek: string;

  /** The warm handover (warme overdracht) of the child's development to its primary school. */
  @Column({ type: 'date', name: 'handover_on', nullable: true })
  handoverOn: string | null;

  @Column({ type: 'boolean' })
  synthetic: boolean;
}
