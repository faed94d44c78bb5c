import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

/**
 * A municipality's policy goal (beleidsdoel / subdoel), numbered and worded as its policy document
 * states it, with the desired results (gewenste resultaten) it lists. Budget lines may name the goal
 * they pay for. Goals of a later policy get their own rows (another `from_year`).
 */
@Entity({ schema: 'budgets', name: 'policy_goal' })
@Unique('policy_goal_number', ['municipalityCode', 'fromYear', 'number'])
export class PolicyGoal {
  @PrimaryColumn({ type: 'text' })
  id: string;

  /** CBS code of the municipality (owned by partners; only the key is kept here). */
  @Index()
  @Column({ type: 'text', name: 'municipality_code' })
  municipalityCode: string;

  /** The first year of the policy period the goal belongs to ("vanaf 2023"). */
  @Column({ type: 'integer', name: 'from_year' })
  fromYear: number;

  /** The goal's number as printed (Doel 1 .. Doel 7). */
  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'text' })
  title: string;

  /** The goal's text as the policy states it. */
  @Column({ type: 'text' })
  description: string;

  /** The desired results (gewenste resultaten), each as written, in the order printed. */
  @Column({ type: 'text', array: true, name: 'desired_results' })
  desiredResults: string[];

  /** The document (and chapter) the goal and its results come from. */
  @Column({ type: 'text' })
  source: string;
}
