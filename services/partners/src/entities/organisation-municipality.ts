import { Entity, Index, PrimaryColumn } from 'typeorm';

/** One municipality of an organisation's service area (werkgebied). */
@Entity({ schema: 'partners', name: 'organisation_municipality' })
export class OrganisationMunicipality {
  @PrimaryColumn({ type: 'text', name: 'organisation_id' })
  organisationId: string;

  @Index()
  @PrimaryColumn({ type: 'text', name: 'municipality_code' })
  municipalityCode: string;
}
