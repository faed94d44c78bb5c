import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An organisation's membership of a coalition (lidmaatschap), with its answers in the pact. */
@Entity({ schema: 'partners', name: 'coalition_member' })
export class CoalitionMember {
  @PrimaryColumn({ type: 'text', name: 'coalition_id' })
  coalitionId: string;

  @Index()
  @PrimaryColumn({ type: 'text', name: 'organisation_id' })
  organisationId: string;

  /** The member's place in the source's list, so members come back in the order of the pact. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  role: string;

  @Column({ type: 'text' })
  participation: string;

  @Column({ type: 'text', nullable: true })
  statement: string | null;

  @Column({ type: 'text', nullable: true })
  ambition: string | null;

  @Column({ type: 'text', nullable: true })
  mission: string | null;

  @Column({ type: 'text', name: 'problem_addressed', nullable: true })
  problemAddressed: string | null;

  @Column({ type: 'text', nullable: true })
  commitment: string | null;

  @Column({ type: 'text', name: 'staff_deployed', nullable: true })
  staffDeployed: string | null;

  @Column({ type: 'date', name: 'joined_on', nullable: true })
  joinedOn: string | null;
}
