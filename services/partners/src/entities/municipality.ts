import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A municipality (gemeente), keyed by its CBS code. Municipalities merge (herindeling): one that
 * ceased keeps its row, its history (organisations, coalitions, figures keyed by its code) and names
 * the municipality it went into, so a question as of an earlier date still finds it.
 */
@Entity({ schema: 'partners', name: 'municipality' })
export class Municipality {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  province: string;

  /** The first day it existed, when it came from a merger (null: before Kansrijk's registers say). */
  @Column({ type: 'date', name: 'established_on', nullable: true })
  establishedOn: string | null;

  /** The first day it no longer existed (the date of the merger); null while it exists. */
  @Column({ type: 'date', name: 'ceased_on', nullable: true })
  ceasedOn: string | null;

  /** The municipality it went into when it ceased. */
  @Column({ type: 'text', name: 'successor_code', nullable: true })
  successorCode: string | null;
}
