import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A CBS buurt (the smallest CBS area) of a wijk: `BU` + the wijk's six digits + two digits. */
@Entity({ schema: 'partners', name: 'buurt' })
export class Buurt {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Index()
  @Column({ type: 'text', name: 'neighbourhood_code' })
  neighbourhoodCode: string;

  @Index()
  @Column({ type: 'text', name: 'municipality_code' })
  municipalityCode: string;
}
