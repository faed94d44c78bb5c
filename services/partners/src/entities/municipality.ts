import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A municipality (gemeente), keyed by its CBS code. */
@Entity({ schema: 'partners', name: 'municipality' })
export class Municipality {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  province: string;
}
