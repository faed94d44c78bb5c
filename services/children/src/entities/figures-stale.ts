import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A municipality and year whose records changed after their publication was computed (verouderd): every
 * child-level write and import adds one in its own transaction, so a crash cannot lose it; the refresh job
 * removes the ones it has brought up to date.
 */
@Entity({ schema: 'children', name: 'figures_stale' })
export class FiguresStale {
  @PrimaryColumn({ type: 'text', name: 'municipality_code' })
  municipalityCode: string;

  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ type: 'timestamptz', name: 'marked_at', default: () => 'now()' })
  markedAt: Date;
}
