import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type IndicationKind = 'VE' | 'SOCIAL_MEDICAL';

/** An indication (VE-indicatie or sociaal-medische indicatie) issued by youth health care. */
@Entity({ schema: 'children', name: 'indication' })
@Check('chk_indication_kind', `"kind" IN ('VE', 'SOCIAL_MEDICAL')`)
@Check('chk_indication_criteria_not_empty', `cardinality("criteria") > 0`)
@Index('idx_indication_child', ['childId'])
@Index('idx_indication_definition', ['definitionId'])
@Index('idx_indication_issuer', ['issuerId'])
@Index('idx_indication_issued_on', ['issuedOn'])
export class Indication {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ type: 'text', name: 'child_id' })
  childId: string;

  @Column({ type: 'text' })
  kind: IndicationKind;

  @Column({ type: 'date', name: 'issued_on' })
  issuedOn: string;

  @Column({ type: 'date', name: 'valid_until', nullable: true })
  validUntil: string | null;

  /** Codes of the criteria met, from the definition version in force on `issued_on`. */
  @Column({ type: 'text', array: true })
  criteria: string[];

  @Column({ type: 'text', name: 'definition_id' })
  definitionId: string;

  /** The organisation (JGZ / CJG) that issued it: a partners key, not a foreign key. */
  @Column({ type: 'text', name: 'issuer_id' })
  issuerId: string;

  @Column({ type: 'boolean' })
  synthetic: boolean;
}
