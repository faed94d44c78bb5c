import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A publication (publicatie / bron) interventions are described in, e.g. the GKA bundle "Land vol kansen",
 * with its own content: the introduction and the general lessons (`PublicationLesson`). Interventions
 * link to it through `intervention.publication_id`.
 */
@Entity({ schema: 'interventions', name: 'publication' })
export class Publication {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  publisher: string;

  /** Only when the publication states it: seed 001 does not. */
  @Column({ type: 'integer', nullable: true })
  year: number | null;

  /** The introduction (voorwoord) as written, paragraphs separated by a blank line. */
  @Column({ type: 'text', nullable: true })
  introduction: string | null;

  /** Who signed the introduction, with their function, as the publication gives it. */
  @Column({ type: 'text', name: 'introduction_author', nullable: true })
  introductionAuthor: string | null;

  /** The heading of the lessons section, e.g. `Wat hebben we geleerd?`. */
  @Column({ type: 'text', name: 'lessons_heading', nullable: true })
  lessonsHeading: string | null;

  /** The paragraph that opens the lessons section. */
  @Column({ type: 'text', name: 'lessons_introduction', nullable: true })
  lessonsIntroduction: string | null;
}
