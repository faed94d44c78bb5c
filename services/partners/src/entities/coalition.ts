import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A coalition with its pact (coalitie / coalitiepact) or a LEA table. `kind` holds a GraphQL enum name. */
@Entity({ schema: 'partners', name: 'coalition' })
export class Coalition {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: string;

  @Index()
  @Column({ type: 'text', name: 'municipality_code' })
  municipalityCode: string;

  @Column({ type: 'text', nullable: true })
  area: string | null;

  @Column({ type: 'text', name: 'question_zero', nullable: true })
  questionZero: string | null;

  @Column({ type: 'text', nullable: true })
  ambition: string | null;

  @Column({ type: 'integer', name: 'start_year', nullable: true })
  startYear: number | null;

  @Column({ type: 'integer', name: 'end_year', nullable: true })
  endYear: number | null;

  /** In the order of the pact; an array keeps that order without a child table. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  principles: string[];

  @Column({ type: 'text', nullable: true })
  source: string | null;
}
