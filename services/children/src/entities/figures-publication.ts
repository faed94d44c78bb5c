import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type PublicationStatus = 'PUBLISHED' | 'WITHHELD';

/**
 * One version of a publication of VVE figures (publicatie): every figure and breakdown the API serves for
 * a municipality, a reference period and a definition version, computed once and protected as one table.
 * Reads read these rows only. A refresh that changes what is shown adds a version; the newest version of
 * the definition in force is `current`. Rows are never updated except `checked_at`, `current` and
 * `sealed_at`: what was shown stays as it was shown.
 */
@Entity({ schema: 'children', name: 'figures_publication' })
@Check('chk_figures_publication_status', `"status" IN ('PUBLISHED', 'WITHHELD')`)
@Index('uq_figures_publication_version', ['municipalityCode', 'year', 'definitionId', 'version'], { unique: true })
@Index('uq_figures_publication_current', ['municipalityCode', 'year'], { unique: true, where: '"current"' })
@Index('idx_figures_publication_year_current', ['year', 'current'])
export class FiguresPublication {
  /** bigint arrives from pg as a string. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'text', name: 'municipality_code' })
  municipalityCode: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'text', name: 'definition_id' })
  definitionId: string;

  /** 1, 2, ... per municipality, year and definition. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'text' })
  status: PublicationStatus;

  /** When this version was computed. */
  @Column({ type: 'timestamptz', name: 'computed_at', default: () => 'now()' })
  computedAt: Date;

  /** When a refresh last confirmed it (the records it counts may have changed without changing what it shows). */
  @Column({ type: 'timestamptz', name: 'checked_at', default: () => 'now()' })
  checkedAt: Date;

  @Column({ type: 'boolean' })
  current: boolean;

  /** Set when the children it counts were purged (bewaartermijn): it stays as published and is never recomputed. */
  @Column({ type: 'timestamptz', name: 'sealed_at', nullable: true })
  sealedAt: Date | null;

  @Column({ type: 'boolean' })
  synthetic: boolean;

  /** The totals, reasons, kinds and hours as published (labels, values only where shown). */
  @Column({ type: 'jsonb' })
  figures: unknown;

  @Column({ type: 'jsonb', name: 'by_neighbourhood' })
  byNeighbourhood: unknown;

  @Column({ type: 'jsonb', name: 'by_location' })
  byLocation: unknown;

  // Sort keys for rankings: the published value, null when withheld.
  @Column({ type: 'integer', name: 'indicated_value', nullable: true })
  indicatedValue: number | null;

  @Column({ type: 'integer', name: 'placed_value', nullable: true })
  placedValue: number | null;

  @Column({ type: 'double precision', name: 'reach_rate', nullable: true })
  reachRate: number | null;

  @Column({ type: 'double precision', name: 'norm_rate', nullable: true })
  normRate: number | null;

  @Column({ type: 'double precision', name: 'on_track_rate', nullable: true })
  onTrackRate: number | null;

  @Column({ type: 'double precision', name: 'average_hours', nullable: true })
  averageHours: number | null;
}
