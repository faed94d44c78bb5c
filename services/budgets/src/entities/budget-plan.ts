import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A municipality's budget plan (begroting), covering the years `year` to `end_year`. */
@Entity({ schema: 'budgets', name: 'budget_plan' })
@Check('budget_plan_years', `"end_year" >= "year"`)
export class BudgetPlan {
  @PrimaryColumn({ type: 'text' })
  id: string;

  /** CBS code of the municipality (owned by partners; only the key is kept here). */
  @Index()
  @Column({ type: 'text', name: 'municipality_code' })
  municipalityCode: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'integer', name: 'end_year' })
  endYear: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  source: string | null;
}
