import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** That an organisation (owned by partners) carries out an intervention, in the order of the source. */
@Entity({ schema: 'interventions', name: 'intervention_organisation' })
export class InterventionOrganisation {
  @PrimaryColumn({ type: 'text', name: 'intervention_id' })
  interventionId: string;

  @Index()
  @PrimaryColumn({ type: 'text', name: 'organisation_id' })
  organisationId: string;

  @Column({ type: 'integer' })
  position: number;
}
