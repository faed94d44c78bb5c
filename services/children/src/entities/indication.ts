import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type IndicationKind = 'VE' | 'SOCIAL_MEDICAL';

/** Why an indicated toddler does not take part in VE (reden niet-deelname); see NON_PARTICIPATION_REASONS. */
export const NON_PARTICIPATION_REASONS = ['PARENTS_DECLINED', 'NO_PLACE', 'MOVED', 'NOT_REACHABLE', 'OTHER_PROVISION', 'OTHER'] as const;
export type NonParticipationReason = (typeof NON_PARTICIPATION_REASONS)[number];

/** An indication (VE-indicatie or sociaal-medische indicatie) issued by youth health care. */
@Entity({ schema: 'children', name: 'indication' })
@Check('chk_indication_kind', `"kind" IN ('VE', 'SOCIAL_MEDICAL')`)
@Check('chk_indication_criteria_not_empty', `cardinality("criteria") > 0`)
@Check('chk_indication_funnel_order', `("referred_on" IS NULL OR "referred_on" >= "issued_on") AND ("registered_on" IS NULL OR ("referred_on" IS NOT NULL AND "registered_on" >= "referred_on"))`)
@Check(
  'chk_indication_non_participation_reason',
  `"non_participation_reason" IS NULL OR "non_participation_reason" IN ('PARENTS_DECLINED', 'NO_PLACE', 'MOVED', 'NOT_REACHABLE', 'OTHER_PROVISION', 'OTHER')`,
)
// The referral names where the child is referred to (toeleiding naar): a location only with a referral date.
@Check('chk_indication_referred_to', `"referred_to_id" IS NULL OR "referred_on" IS NOT NULL`)
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

  /** Referral (toeleiding) by youth health care to a VE location; null while not referred. */
  @Column({ type: 'date', name: 'referred_on', nullable: true })
  referredOn: string | null;

  /**
   * The VE location (or childcare organisation) the referral names (toegeleid naar): a partners key, not a
   * foreign key. Only an organisation it names may place the child (see writes/placements.ts); null
   * while not referred, and for referrals recorded before the location was (they must be recorded again).
   */
  @Column({ type: 'text', name: 'referred_to_id', nullable: true })
  referredToId: string | null;

  /** Registration (aanmelding) at a VE location by the parents; null while not registered. */
  @Column({ type: 'date', name: 'registered_on', nullable: true })
  registeredOn: string | null;

  @Column({ type: 'text', name: 'non_participation_reason', nullable: true })
  nonParticipationReason: NonParticipationReason | null;

  @Column({ type: 'boolean' })
  synthetic: boolean;
}
