import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One version of a municipality's target-group definition (doelgroependefinitie). Versions never
 * overlap within a municipality, so "the version in force on a date" is a single row.
 */
@Entity({ schema: 'children', name: 'target_group_definition' })
@Index('idx_target_group_definition_municipality_valid_from', ['municipalityCode', 'validFrom'])
export class TargetGroupDefinition {
  /** `<municipality code>-<version>`, e.g. `GM0556-2022-01`. */
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text', name: 'municipality_code' })
  municipalityCode: string;

  @Column({ type: 'text' })
  version: string;

  @Column({ type: 'date', name: 'valid_from' })
  validFrom: string;

  @Column({ type: 'date', name: 'valid_to', nullable: true })
  validTo: string | null;

  @Column({ type: 'text', nullable: true })
  source: string | null;

  @Column({ type: 'boolean' })
  synthetic: boolean;
}
