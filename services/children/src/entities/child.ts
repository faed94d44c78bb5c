import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A child (kind), pseudonymous by construction: there is deliberately no column for a name, BSN,
 * address or day of birth. Only children with an indication are held (data minimisation).
 */
@Entity({ schema: 'children', name: 'child' })
@Index('idx_child_municipality_birth_month', ['municipalityCode', 'birthMonth'])
export class Child {
  /** A random pseudonym, `K` + 10 hex digits. */
  @PrimaryColumn({ type: 'text' })
  id: string;

  /** The first day of the month of birth: the day itself is never stored. */
  @Column({ type: 'date', name: 'birth_month' })
  birthMonth: string;

  @Column({ type: 'text', name: 'municipality_code' })
  municipalityCode: string;

  @Column({ type: 'text', name: 'neighbourhood_code', nullable: true })
  neighbourhoodCode: string | null;

  @Column({ type: 'boolean' })
  synthetic: boolean;
}
