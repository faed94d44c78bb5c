import { badUserInput, dateWithin, month, requiredText, TEXT_LIMITS } from '@kansrijk/kit';
import { assertMunicipalityCode, assertStaffOf, organisationRef, refuseChildWrite } from '@kansrijk/domain';
import type { EntityManager } from 'typeorm';
import type { MutationRecordIndicationArgs, MutationRecordReferralArgs, RecordIndicationInput } from '../generated/graphql';
import { assertDate } from '../date-rules';
import type { Context } from '../subgraph';
import { definitionInForce } from '../definition-in-force';
import { Child, Criterion, Indication, TargetGroupDefinition } from '../entities';
import { addDays, addMonths } from '../seed/dates';
import { childWrite } from './child-write';
import { newPseudonym } from './pseudonyms';

/** The child the indication is for: an existing one the organisation is involved with, or a new one. */
async function childFor(tx: EntityManager, input: RecordIndicationInput, ctx: Context): Promise<{ child: Child; isNew: boolean }> {
  if (input.child) {
    const [row] = await tx.query(
      `SELECT c.id FROM children.child c WHERE c.id = $1 AND (
         EXISTS (SELECT 1 FROM children.indication i WHERE i.child_id = c.id AND i.issuer_id = $2)
         OR EXISTS (SELECT 1 FROM children.placement p WHERE p.child_id = c.id AND p.location_id = $2))`,
      [input.child, input.organisation],
    );
    // An unknown pseudonym and another organisation's child get the answer of every child-level write.
    if (!row) refuseChildWrite(ctx, input.organisation);
    return { child: (await tx.getRepository(Child).findOneBy({ id: input.child }))!, isNew: false };
  }
  const birthMonth = month('input.birthMonth', input.birthMonth, 'a new child needs its month of birth as YYYY-MM');
  const code = assertMunicipalityCode('input.municipality', input.municipality);
  const neighbourhood = input.neighbourhood ?? null;
  if (neighbourhood !== null && !new RegExp(`^WK${code.slice(2)}\\d{2}$`).test(neighbourhood)) {
    throw badUserInput('input.neighbourhood', `must be a wijk code of ${code}: WK${code.slice(2)} followed by two digits`);
  }
  return { child: { id: newPseudonym('K'), birthMonth, municipalityCode: code, neighbourhoodCode: neighbourhood, synthetic: false }, isNew: true };
}

/** An indication (VVE-indicatie) by the organisation that issues it (JGZ), for a known child or a new one. */
export const recordIndication = childWrite({
  async run(tx, { input }: MutationRecordIndicationArgs, ctx) {
    assertStaffOf(ctx, input.organisation);
    const { child, isNew } = await childFor(tx, input, ctx);
    // A field check, after the entitlement to the child (an unknown pseudonym is FORBIDDEN first).
    assertDate('input.issuedOn', 'happened', input.issuedOn);
    const versions = await tx.getRepository(TargetGroupDefinition).find({ where: { municipalityCode: child.municipalityCode }, order: { validFrom: 'ASC' } });
    if (versions.length === 0) throw badUserInput('input.municipality', `${child.municipalityCode} is not a municipality known here`);
    const fourthBirthday = addMonths(child.birthMonth, 48);
    dateWithin('input.issuedOn', input.issuedOn, { earliest: [child.birthMonth, 'the month of birth'] });
    if (input.issuedOn >= fourthBirthday) throw badUserInput('input.issuedOn', 'the child is 4 or older on that date: VE is for toddlers');
    const definition = definitionInForce(versions, input.issuedOn);
    if (!definition) throw badUserInput('input.issuedOn', `no target-group definition of ${child.municipalityCode} is in force on that date`);
    const criteria = [...new Set(input.criteria)];
    if (criteria.length === 0) throw badUserInput('input.criteria', 'name at least one criterion');
    const known = (await tx.getRepository(Criterion).find({ where: { definitionId: definition.id }, order: { position: 'ASC' } })).map((c) => c.code);
    const unknown = criteria.filter((c) => !known.includes(c));
    if (unknown.length) throw badUserInput('input.criteria', `${unknown.join(', ')} not in definition ${definition.version} (criteria: ${known.join(', ')})`);
    const validUntil = dateWithin('input.validUntil', input.validUntil ?? addDays(fourthBirthday, -1), {
      earliest: [input.issuedOn, 'the date of issue'],
      latest: [addDays(fourthBirthday, -1), 'the day before the child turns 4'],
    });

    const indication: Indication = {
      id: newPseudonym('I'),
      childId: child.id,
      kind: input.kind,
      issuedOn: input.issuedOn,
      validUntil,
      criteria,
      definitionId: definition.id,
      issuerId: input.organisation,
      referredOn: null,
      referredToId: null,
      registeredOn: null,
      nonParticipationReason: null,
      synthetic: false,
    };
    if (isNew) await tx.getRepository(Child).insert(child);
    await tx.getRepository(Indication).insert(indication);
    return indication;
  },
  written: (indication) => ({ recordType: 'INDICATION', organisationId: indication.issuerId, recordIds: [indication.id] }),
  answer: (indication, answers) => answers.indication.load(indication.id),
});

/** The referral's location as sent, trimmed; a malformed one is still asked about (the owner says no). */
const locationOf = (input: MutationRecordReferralArgs['input']) => (typeof input.location === 'string' ? input.location.trim() : '');

/**
 * Referral (toeleiding) and non-participation are recorded by the organisation that issued the
 * indication; read, check and write share the transaction, so a referral date and a reason for
 * non-participation recorded at the same moment both survive. A referral names the VE location it
 * refers to (`input.location`): only that location may then place the child (writes/placements.ts).
 */
export const recordReferral = childWrite({
  // Partners owns organisations: the location is asked about before the transaction opens.
  references: ({ input }: MutationRecordReferralArgs) => (locationOf(input) ? [organisationRef(locationOf(input), 'input.location')] : []),
  async run(tx, { input }, ctx) {
    const indication = await tx.getRepository(Indication).findOneBy({ id: input.indication });
    // Entitlement first: the date checks below name the indication's dates.
    assertStaffOf(ctx, indication?.issuerId);
    assertDate('input.referredOn', 'happened', input.referredOn);
    const found = indication!;
    if (!input.referredOn && !input.nonParticipationReason) throw badUserInput('input.referredOn', 'give a referral date, a reason for non-participation, or both');
    let referredToId = found.referredToId;
    if (input.referredOn) {
      dateWithin('input.referredOn', input.referredOn, {
        earliest: [found.issuedOn, 'the date of issue'],
        latest: [found.registeredOn, 'the registration at the VE location'],
      });
      // Without it no location could place the child; the schema keeps it optional for older clients.
      if (!locationOf(input)) throw badUserInput('input.location', 'is required with referredOn: a referral names the VE location the child is referred to');
      referredToId = requiredText('input.location', input.location, TEXT_LIMITS.line);
      await ctx.references.assertExist([organisationRef(referredToId, 'input.location')]);
    } else if (input.location != null) {
      throw badUserInput('input.location', 'is only given with a referral date (referredOn)');
    }
    const changes = {
      referredOn: input.referredOn ?? found.referredOn,
      referredToId,
      nonParticipationReason: input.nonParticipationReason ?? found.nonParticipationReason,
    };
    await tx.getRepository(Indication).update({ id: found.id }, changes);
    return { ...found, ...changes };
  },
  written: (indication) => ({ recordType: 'INDICATION', organisationId: indication.issuerId, recordIds: [indication.id] }),
  answer: (indication, answers) => answers.indication.load(indication.id),
});
