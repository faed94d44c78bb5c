import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One criterion (kenmerk) of a definition version; the primary key also serves lookups by definition. */
@Entity({ schema: 'children', name: 'criterion' })
export class Criterion {
  @PrimaryColumn({ type: 'text', name: 'definition_id' })
  definitionId: string;

  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  text: string;
}
