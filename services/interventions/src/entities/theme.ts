import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A theme (thema): one of the six national GKA themes, or a local theme of a municipality or coalition. */
@Entity({ schema: 'interventions', name: 'theme' })
export class Theme {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'boolean' })
  national: boolean;

  /** For a local theme: the CBS code of the municipality that set it (owned by partners). */
  @Index()
  @Column({ type: 'text', name: 'municipality_code', nullable: true })
  municipalityCode: string | null;

  /** Order in the source: the GKA's order for national themes, the plan's order for local ones. */
  @Column({ type: 'integer' })
  position: number;
}
