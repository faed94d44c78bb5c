import { Entity, Index, PrimaryColumn } from 'typeorm';

/** That an intervention serves a theme (many-to-many). */
@Entity({ schema: 'interventions', name: 'intervention_theme' })
export class InterventionTheme {
  @PrimaryColumn({ type: 'text', name: 'intervention_id' })
  interventionId: string;

  @Index()
  @PrimaryColumn({ type: 'text', name: 'theme_code' })
  themeCode: string;
}
