import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A theme of a coalition's DIN model, as the coalition names it. */
@Entity({ schema: 'interventions', name: 'coalition_theme' })
export class CoalitionTheme {
  /** The coalition, owned by partners. */
  @PrimaryColumn({ type: 'text', name: 'coalition_id' })
  coalitionId: string;

  @Index()
  @PrimaryColumn({ type: 'text', name: 'theme_code' })
  themeCode: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}
