import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A number an intervention reached (bereik), as the source states it. */
@Entity({ schema: 'interventions', name: 'reach_figure' })
export class ReachFigure {
  @PrimaryColumn({ type: 'text', name: 'intervention_id' })
  interventionId: string;

  @PrimaryColumn({ type: 'integer' })
  position: number;

  @Column({ type: 'integer' })
  quantity: number;

  @Column({ type: 'text' })
  unit: string;

  @Column({ type: 'boolean', name: 'at_least' })
  atLeast: boolean;

  /** The part of the intervention or group the number is about, e.g. `Startpunt`. */
  @Column({ type: 'text', nullable: true })
  scope: string | null;
}
