import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

export type FundingScope = 'NATIONAL' | 'LOCAL';

/** A funding stream (geldstroom): where money for education opportunity policy comes from. */
@Entity({ schema: 'budgets', name: 'funding_stream' })
@Check('funding_stream_scope', `"scope" IN ('NATIONAL', 'LOCAL')`)
export class FundingStream {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  /** Geoormerkt: may only be spent on its purpose and must be accounted for. */
  @Column({ type: 'boolean' })
  earmarked: boolean;

  @Column({ type: 'text' })
  scope: FundingScope;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}
