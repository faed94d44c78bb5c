import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An organisation (organisatie): school board, school, childcare organisation or location, JGZ,
 * social work, the municipality itself. `kind` and `childcareType` hold GraphQL enum names.
 */
@Entity({ schema: 'partners', name: 'organisation' })
@Index(['name', 'id'])
export class Organisation {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Index()
  @Column({ type: 'text', name: 'parent_id', nullable: true })
  parentId: string | null;

  /** BRIN + vestigingsnummer; unique, because imports upsert on it. */
  @Index({ unique: true })
  @Column({ type: 'text', nullable: true })
  brin: string | null;

  @Index({ unique: true })
  @Column({ type: 'text', name: 'lrk_number', nullable: true })
  lrkNumber: string | null;

  /** DUO's bevoegd gezag nummer of a school board; unique, because imports upsert on it. */
  @Index({ unique: true })
  @Column({ type: 'text', name: 'board_number', nullable: true })
  boardNumber: string | null;

  @Column({ type: 'text', name: 'childcare_type', nullable: true })
  childcareType: string | null;

  /** Null when no source says whether the location offers VE. */
  @Column({ type: 'boolean', name: 'offers_early_education', nullable: true })
  offersEarlyEducation: boolean | null;

  @Index()
  @Column({ type: 'text', name: 'kvk_number', nullable: true })
  kvkNumber: string | null;

  /** LRK `aantal_kindplaatsen`; null for agencies (VGO) and where no register says it. */
  @Column({ type: 'integer', name: 'child_places', nullable: true })
  childPlaces: number | null;

  /** A school's denomination (denominatie) as DUO words it, e.g. `Rooms-Katholiek`, `Openbaar`. */
  @Column({ type: 'text', nullable: true })
  denomination: string | null;

  /** The status in the public register as it words it, e.g. `Ingeschreven`. */
  @Column({ type: 'text', name: 'register_status', nullable: true })
  registerStatus: string | null;

  @Column({ type: 'boolean', default: false })
  synthetic: boolean;
}
