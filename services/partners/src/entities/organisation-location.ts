import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An address where an organisation works (vestiging, opvanglocatie), with the CBS area codes it lies in. */
@Entity({ schema: 'partners', name: 'organisation_location' })
export class OrganisationLocation {
  /** `<organisation id>:register` for the address a public register gives, so a re-import finds it. */
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Index()
  @Column({ type: 'text', name: 'organisation_id' })
  organisationId: string;

  @Column({ type: 'text', nullable: true })
  street: string | null;

  @Column({ type: 'text', name: 'house_number', nullable: true })
  houseNumber: string | null;

  /** Four digits and two capitals without a space, e.g. `5801AB`. */
  @Column({ type: 'text', nullable: true })
  postcode: string | null;

  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Index()
  @Column({ type: 'text', name: 'municipality_code' })
  municipalityCode: string;

  /** CBS wijkcode (`WK` + 6 digits); null until a source gives it. */
  @Index()
  @Column({ type: 'text', name: 'neighbourhood_code', nullable: true })
  neighbourhoodCode: string | null;

  /** CBS buurtcode (`BU` + 8 digits); null until a source gives it. */
  @Column({ type: 'text', name: 'buurt_code', nullable: true })
  buurtCode: string | null;
}
