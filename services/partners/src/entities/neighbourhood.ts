import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A CBS wijk of a municipality: `WK` + the municipality's four digits + two digits. */
@Entity({ schema: 'partners', name: 'neighbourhood' })
export class Neighbourhood {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Index()
  @Column({ type: 'text', name: 'municipality_code' })
  municipalityCode: string;
}
