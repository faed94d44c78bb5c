import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type NpoCategory = 'SCHOOL_WIDE_MEASURES' | 'PRESCHOOL_PERIOD' | 'CARE_AND_WELLBEING' | 'COOPERATION' | 'HOME_SITTERS';

/** An activity (activiteit / actie) of an intervention. */
@Entity({ schema: 'interventions', name: 'activity' })
@Index(['interventionId', 'code'], { unique: true })
export class Activity {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text', name: 'intervention_id' })
  interventionId: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', name: 'npo_categories', array: true })
  npoCategories: NpoCategory[];

  /** The theme the plan files the activity under (Voerendaal §5.1-5.5), when it does. */
  @Index()
  @Column({ type: 'text', name: 'theme_code', nullable: true })
  themeCode: string | null;
}
