import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type GoalKind = 'MORE' | 'BETTER';

/** A MEER- or BETER-goal of a coalition theme (DIN model). */
@Entity({ schema: 'interventions', name: 'goal' })
@Index(['coalitionId', 'themeCode'])
export class Goal {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text', name: 'coalition_id' })
  coalitionId: string;

  @Column({ type: 'text', name: 'theme_code' })
  themeCode: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  kind: GoalKind;

  @Column({ type: 'text' })
  text: string;
}
