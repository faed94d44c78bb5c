import { assertMunicipalityCode, badUserInput, writeTransaction } from '@kansrijk/kit';
import type { Context } from '../subgraph';
import { writeAudit } from '../audit-log';
import { figuresChanged } from '../figures/queue';
import { definitionInForce } from '../definition-in-force';
import { Child, type Criterion, Indication, type IndicationKind } from '../entities';
import { addDays, addMonths } from '../seed/dates';
import { assertPartnerOf, monthStart, newPseudonym } from './write-access';

export interface RecordIndicationInput {
  organisation: string;
  child?: string | null;
  birthMonth?: string | null;
  municipality?: string | null;
  neighbourhood?: string | null;
  kind: IndicationKind;
  issuedOn: string;
  validUntil?: string | null;
  criteria: string[];
}

/** The child the indication is for: an existing one the organisation is involved with, or a new one. */
async function childFor(input: RecordIndicationInput, ctx: Context): Promise<{ child: Child; isNew: boolean }> {
  if (input.child) {
    const [row] = await ctx.dataSource.query(
      `SELECT c.id FROM children.child c WHERE c.id = $1 AND (
         EXISTS (SELECT 1 FROM children.indication i WHERE i.child_id = c.id AND i.issuer_id = $2)
         OR EXISTS (SELECT 1 FROM children.placement p WHERE p.child_id = c.id AND p.location_id = $2))`,
      [input.child, input.organisation],
    );
    // An unknown pseudonym and another organisation's child get the same answer.
    if (!row) throw badUserInput('input.child', 'is not a child your organisation indicated or placed');
    return { child: (await ctx.dataSource.getRepository(Child).findOneBy({ id: input.child }))!, isNew: false };
  }
  const birthMonth = monthStart(input.birthMonth);
  if (!birthMonth) throw badUserInput('input.birthMonth', 'a new child needs its month of birth as YYYY-MM');
  const code = assertMunicipalityCode('input.municipality', input.municipality);
  const neighbourhood = input.neighbourhood ?? null;
  if (neighbourhood !== null && !new RegExp(`^WK${code.slice(2)}\\d{2}$`).test(neighbourhood)) {
    throw badUserInput('input.neighbourhood', `must be a wijk code of ${code}: WK${code.slice(2)} followed by two digits`);
  }
  return { child: { id: newPseudonym('K'), birthMonth, municipalityCode: code, neighbourhoodCode: neighbourhood, synthetic: false }, isNew: true };
}

export async function recordIndication(input: RecordIndicationInput, ctx: Context): Promise<Indication> {
  const reader = assertPartnerOf(ctx, input.organisation);
  const { child, isNew } = await childFor(input, ctx);
  const versions = await ctx.loaders.definitionsByMunicipality.load(child.municipalityCode);
  if (versions.length === 0) throw badUserInput('input.municipality', `${child.municipalityCode} is not a municipality known here`);
  if (input.issuedOn < child.birthMonth) throw badUserInput('input.issuedOn', 'lies before the month of birth');
  const fourthBirthday = addMonths(child.birthMonth, 48);
  if (input.issuedOn >= fourthBirthday) throw badUserInput('input.issuedOn', 'the child is 4 or older on that date: VE is for toddlers');
  const definition = definitionInForce(versions, input.issuedOn);
  if (!definition) throw badUserInput('input.issuedOn', `no target-group definition of ${child.municipalityCode} is in force on that date`);
  const criteria = [...new Set(input.criteria)];
  if (criteria.length === 0) throw badUserInput('input.criteria', 'name at least one criterion');
  const known = (await ctx.loaders.criteriaByDefinition.load(definition.id)).map((c: Criterion) => c.code);
  const unknown = criteria.filter((c) => !known.includes(c));
  if (unknown.length) throw badUserInput('input.criteria', `${unknown.join(', ')} not in definition ${definition.version} (criteria: ${known.join(', ')})`);
  const validUntil = input.validUntil ?? addDays(fourthBirthday, -1);
  if (validUntil < input.issuedOn) throw badUserInput('input.validUntil', 'lies before the date of issue');
  if (validUntil >= fourthBirthday) throw badUserInput('input.validUntil', 'lies after the day before the child turns 4');

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
    registeredOn: null,
    nonParticipationReason: null,
    synthetic: false,
  };
  await writeTransaction(ctx.dataSource, async (tx) => {
    if (isNew) await tx.getRepository(Child).insert(child);
    await tx.getRepository(Indication).insert(indication);
    await writeAudit(tx, reader, [{ action: 'WRITE', recordType: 'INDICATION', organisationId: input.organisation, recordIds: [indication.id] }]);
  });
  figuresChanged(ctx.dataSource);
  return indication;
}
