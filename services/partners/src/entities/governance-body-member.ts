import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An organisation sitting in a governance body. */
@Entity({ schema: 'partners', name: 'governance_body_member' })
export class GovernanceBodyMember {
  @PrimaryColumn({ type: 'text', name: 'body_id' })
  bodyId: string;

  @Index()
  @PrimaryColumn({ type: 'text', name: 'organisation_id' })
  organisationId: string;

  @Column({ type: 'integer' })
  position: number;
}
