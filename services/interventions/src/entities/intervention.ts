import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type InterventionStatus = 'PILOT' | 'EMBEDDED' | 'ENDED';
export type InterventionPhase = 'PREPARATION' | 'EXECUTION_AND_MONITORING' | 'EVALUATION_AND_SECURING';
export type PreventionLevel = 'UNIVERSAL' | 'SELECTIVE' | 'INDICATED';

/** An intervention (interventie) run by partners in a municipality or region. */
@Entity({ schema: 'interventions', name: 'intervention' })
export class Intervention {
  @PrimaryColumn({ type: 'text' })
  id: string;

  // Indexed because the catalogue pages by (name, id).
  @Index()
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  /** CBS code of the (lead) municipality; the municipality itself is owned by partners. */
  @Index()
  @Column({ type: 'text', name: 'municipality_code' })
  municipalityCode: string;

  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Column({ type: 'text', nullable: true })
  status: InterventionStatus | null;

  @Column({ type: 'text', nullable: true })
  phase: InterventionPhase | null;

  @Column({ type: 'text', name: 'prevention_level', nullable: true })
  preventionLevel: PreventionLevel | null;

  @Column({ type: 'integer', name: 'target_age_min', nullable: true })
  targetAgeMin: number | null;

  @Column({ type: 'integer', name: 'target_age_max', nullable: true })
  targetAgeMax: number | null;

  @Column({ type: 'integer', name: 'start_year', nullable: true })
  startYear: number | null;

  @Column({ type: 'integer', name: 'end_year', nullable: true })
  endYear: number | null;

  @Column({ type: 'text', name: 'reach_text', nullable: true })
  reachText: string | null;

  @Column({ type: 'text', array: true })
  lessons: string[];

  @Column({ type: 'text', name: 'working_elements', array: true })
  workingElements: string[];

  @Column({ type: 'text', array: true })
  sources: string[];

  /** The publication (bundel) in this subgraph that describes it, e.g. "Land vol kansen"; null when there is none. */
  @Index()
  @Column({ type: 'text', name: 'publication_id', nullable: true })
  publicationId: string | null;

  /** The coalition (owned by partners) whose DIN model lists it; its themes there come from intervention_theme. */
  @Index()
  @Column({ type: 'text', name: 'coalition_id', nullable: true })
  coalitionId: string | null;
}
