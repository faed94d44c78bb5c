import { Entity, Index, PrimaryColumn } from 'typeorm';

/** Which VE locations a publication version has a cell for: `Organisation.earlyEducation` finds them here. */
@Entity({ schema: 'children', name: 'figures_location' })
@Index('idx_figures_location_location', ['locationId'])
export class FiguresLocation {
  @PrimaryColumn({ type: 'bigint', name: 'publication_id' })
  publicationId: string;

  @PrimaryColumn({ type: 'text', name: 'location_id' })
  locationId: string;
}
