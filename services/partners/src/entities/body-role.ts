import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A named role inside a governance body, e.g. coalitie regisseur; the holder once one is appointed. */
@Entity({ schema: 'partners', name: 'body_role' })
export class BodyRole {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Index()
  @Column({ type: 'text', name: 'body_id' })
  bodyId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Index()
  @Column({ type: 'text', name: 'holder_id', nullable: true })
  holderId: string | null;
}
