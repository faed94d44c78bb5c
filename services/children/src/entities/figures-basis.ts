import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What a publication version was decided on (never served): the true counts of every cell, each cell's
 * protection state and what each organisation knew. The protection of a later version needs them, since
 * an attacker holds every earlier version. Deleted when the publication is sealed after a purge.
 */
@Entity({ schema: 'children', name: 'figures_basis' })
export class FiguresBasis {
  @PrimaryColumn({ type: 'bigint', name: 'publication_id' })
  publicationId: string;

  @Column({ type: 'jsonb' })
  cells: Record<string, number>;

  @Column({ type: 'jsonb' })
  states: Record<string, string>;

  @Column({ type: 'jsonb' })
  knowledge: Record<string, { known: Record<string, number>; exact: string[] }>;

  /** Hours attended, summed (a magnitude, not a cell): a change of hours alone is a new version too. */
  @Column({ type: 'numeric', name: 'hours_attended', precision: 12, scale: 1, default: 0 })
  hoursAttended: string;
}
