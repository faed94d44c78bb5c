import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A numbered general lesson (les) of a publication, e.g. lesson 1 of "Land vol kansen". */
@Entity({ schema: 'interventions', name: 'publication_lesson' })
export class PublicationLesson {
  @PrimaryColumn({ type: 'text', name: 'publication_id' })
  publicationId: string;

  /** The lesson's number in the publication, from 1. */
  @PrimaryColumn({ type: 'integer' })
  number: number;

  @Column({ type: 'text' })
  heading: string;

  @Column({ type: 'text' })
  text: string;
}
