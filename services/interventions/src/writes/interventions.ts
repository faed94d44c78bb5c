import { badUserInput, distinct, given, loadExisting, mutationsFor, optionalText, requiredText, slug, textList, wholeNumber, type Reference, type ReferenceChecker } from '@kansrijk/kit';
import { assertMunicipalityCode, assertCanWriteFor, municipalityRef, organisationRef } from '@kansrijk/domain';
import { In, type EntityManager } from 'typeorm';
import {
  CoalitionTheme, Intervention, InterventionOrganisation, InterventionTheme, Publication, ReachFigure, Theme,
} from '../entities';
import type { MutationCreateInterventionArgs, MutationUpdateInterventionArgs, UpdateInterventionInput } from '../generated/graphql';
import type { Context } from '../subgraph';
import { officers } from './writable';

const mutation = mutationsFor<Context>();

/** An intervention's fields as an input has them, all optional: what an update is merged onto. */
type InterventionInput = UpdateInterventionInput;

const MAX_AGE = 120;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

/** The intervention as it will be stored, with its links, checked as a whole. */
interface Checked {
  row: Omit<Intervention, 'id'>;
  organisations: string[];
  themes: string[];
  reach: Omit<ReachFigure, 'interventionId' | 'position'>[];
}

/** The stored intervention with its links, in the shape of an input: the base an update applies to. */
async function current(tx: EntityManager, row: Intervention): Promise<InterventionInput> {
  // One after the other: a transaction is one connection, which runs one statement at a time.
  const organisations = await tx.getRepository(InterventionOrganisation).find({ where: { interventionId: row.id }, order: { position: 'ASC' } });
  const themes = await tx.getRepository(InterventionTheme).findBy({ interventionId: row.id });
  const reach = await tx.getRepository(ReachFigure).find({ where: { interventionId: row.id }, order: { position: 'ASC' } });
  return {
    ...row,
    municipality: row.municipalityCode,
    coalition: row.coalitionId,
    publication: row.publicationId,
    organisations: organisations.map((o) => o.organisationId),
    themes: themes.map((t) => t.themeCode),
    reach: reach.map(({ quantity, unit, atLeast, scope }) => ({ quantity, unit, atLeast, scope })),
  };
}

/**
 * Checks the intervention as a whole. Municipality codes and organisation ids are partners' keys: the
 * ones not already stored (`stored`, on update) are checked after every local check, so a write never
 * links a key partners does not know. The answers come from what the write pipeline asked before
 * this transaction opened (`references` below), so no transaction waits on partners.
 */
async function check(tx: EntityManager, references: ReferenceChecker, input: InterventionInput, stored?: InterventionInput): Promise<Checked> {
  const municipalityCode = assertMunicipalityCode('input.municipality', input.municipality);
  const name = requiredText('input.name', input.name, 200);

  const targetAgeMin = wholeNumber('input.targetAgeMin', input.targetAgeMin, 0, MAX_AGE);
  const targetAgeMax = wholeNumber('input.targetAgeMax', input.targetAgeMax, 0, MAX_AGE);
  if (targetAgeMin !== null && targetAgeMax !== null && targetAgeMin > targetAgeMax) {
    throw badUserInput('input.targetAgeMax', `must not be below targetAgeMin (${targetAgeMin})`);
  }
  const startYear = wholeNumber('input.startYear', input.startYear, FIRST_YEAR, LAST_YEAR);
  const endYear = wholeNumber('input.endYear', input.endYear, FIRST_YEAR, LAST_YEAR);
  if (startYear !== null && endYear !== null && startYear > endYear) {
    throw badUserInput('input.endYear', `must not be before startYear (${startYear})`);
  }

  const organisations = distinct('input.organisations', input.organisations ?? []);

  const themes = distinct('input.themes', input.themes ?? []);
  const found = themes.length ? await tx.getRepository(Theme).findBy({ code: In(themes) }) : [];
  themes.forEach((code, i) => {
    const theme = found.find((t) => t.code === code);
    if (!theme) throw badUserInput(`input.themes[${i}]`, `${code} is not a known theme`);
    if (!theme.national && theme.municipalityCode !== municipalityCode) {
      throw badUserInput(`input.themes[${i}]`, `${code} is a local theme of another municipality`);
    }
  });

  const coalitionId = optionalText('input.coalition', input.coalition, 200);
  if (coalitionId) {
    // A coalition's DIN themes are local themes of its municipality: that is how its municipality is known here.
    const din = await tx
      .getRepository(CoalitionTheme)
      .createQueryBuilder('ct')
      .innerJoin(Theme, 't', 't.code = ct.theme_code')
      .select('t.municipality_code', 'municipality')
      .where('ct.coalition_id = :coalitionId', { coalitionId })
      .getRawMany<{ municipality: string }>();
    if (!din.length) throw badUserInput('input.coalition', `${coalitionId} is not a coalition with a DIN model`);
    if (!din.some((d) => d.municipality === municipalityCode)) {
      throw badUserInput('input.coalition', `${coalitionId} is a coalition of another municipality`);
    }
  }

  // Publications are this subgraph's own rows: checked here, inside the transaction.
  const publicationId = optionalText('input.publication', input.publication, 200);
  if (publicationId && !(await tx.getRepository(Publication).existsBy({ id: publicationId }))) {
    throw badUserInput('input.publication', `${publicationId} is not a known publication`);
  }

  const reach = (input.reach ?? []).map((r, i) => ({
    quantity: wholeNumber(`input.reach[${i}].quantity`, r.quantity, 0, 10_000_000)!,
    unit: requiredText(`input.reach[${i}].unit`, r.unit, 100),
    atLeast: r.atLeast ?? false,
    scope: optionalText(`input.reach[${i}].scope`, r.scope, 200),
  }));
  const row = {
    name,
    summary: optionalText('input.summary', input.summary),
    municipalityCode,
    region: optionalText('input.region', input.region, 200),
    status: input.status ?? null,
    phase: input.phase ?? null,
    preventionLevel: input.preventionLevel ?? null,
    targetAgeMin,
    targetAgeMax,
    startYear,
    endYear,
    reachText: optionalText('input.reachText', input.reachText),
    lessons: textList('input.lessons', input.lessons),
    workingElements: textList('input.workingElements', input.workingElements),
    sources: textList('input.sources', input.sources),
    publicationId,
    coalitionId,
  };

  const linked = new Set(stored?.organisations ?? []);
  const ask: Reference[] = [
    ...(stored?.municipality === municipalityCode ? [] : [municipalityRef(municipalityCode, 'input.municipality')]),
    ...organisations.flatMap((id, i) => (linked.has(id) ? [] : [organisationRef(id, `input.organisations[${i}]`)])),
  ];
  await references.assertExist(ask);

  return {
    row,
    organisations,
    themes,
    reach,
  };
}

/**
 * The partners keys an input names, asked by the write pipeline before the transaction opens (fields
 * do not matter there: `check` asks again, with the fields, and is answered from memory).
 */
function referencesIn(input: InterventionInput): Reference[] {
  return [
    ...(typeof input.municipality === 'string' && /^GM\d{4}$/.test(input.municipality) ? [municipalityRef(input.municipality, 'input.municipality')] : []),
    ...(Array.isArray(input.organisations) ? input.organisations.filter((id) => typeof id === 'string').map((id, i) => organisationRef(id, `input.organisations[${i}]`)) : []),
  ];
}

/** Replaces the intervention's row and its links; runs only after `check` passed, inside the caller's transaction. */
async function store(tx: EntityManager, id: string, checked: Checked): Promise<void> {
  await tx.getRepository(Intervention).upsert({ id, ...checked.row }, ['id']);
  await tx.getRepository(InterventionOrganisation).delete({ interventionId: id });
  await tx.getRepository(InterventionTheme).delete({ interventionId: id });
  await tx.getRepository(ReachFigure).delete({ interventionId: id });
  if (checked.organisations.length) {
    await tx.getRepository(InterventionOrganisation).insert(checked.organisations.map((organisationId, i) => ({ interventionId: id, organisationId, position: i + 1 })));
  }
  if (checked.themes.length) {
    await tx.getRepository(InterventionTheme).insert(checked.themes.map((themeCode) => ({ interventionId: id, themeCode })));
  }
  if (checked.reach.length) {
    await tx.getRepository(ReachFigure).insert(checked.reach.map((r, i) => ({ interventionId: id, position: i + 1, ...r })));
  }
}

export const createIntervention = mutation({
  allow: officers,
  references: ({ input }: MutationCreateInterventionArgs) => referencesIn(input),
  async run(tx, { input }, ctx) {
    assertCanWriteFor(ctx.viewer, assertMunicipalityCode('input.municipality', input.municipality));
    const checked = await check(tx, ctx.references, input);
    const nameSlug = slug(checked.row.name);
    if (!nameSlug) throw badUserInput('input.name', 'must contain letters or digits');
    const id = `${checked.row.municipalityCode.toLowerCase()}-${nameSlug}`;
    if (await tx.getRepository(Intervention).existsBy({ id })) {
      throw badUserInput('input.name', `an intervention with this name already exists in ${checked.row.municipalityCode}`);
    }
    await store(tx, id, checked);
    return id;
  },
  answer: (id, ctx) => loadExisting(ctx.loaders.intervention, id, 'intervention'),
});

export const updateIntervention = mutation({
  allow: officers,
  references: ({ input }: MutationUpdateInterventionArgs) => referencesIn(input),
  async run(tx, { id, input: changes }, ctx) {
    const existing = await tx.getRepository(Intervention).findOneBy({ id });
    if (!existing) throw badUserInput('id', `there is no intervention ${id}`);
    assertCanWriteFor(ctx.viewer, existing.municipalityCode);
    const stored = await current(tx, existing);
    const merged = { ...stored };
    for (const key of Object.keys(changes) as (keyof InterventionInput)[]) {
      if (given(changes, key)) (merged as Record<string, unknown>)[key] = changes[key];
    }
    if (given(changes, 'municipality')) {
      assertCanWriteFor(ctx.viewer, assertMunicipalityCode('input.municipality', changes.municipality));
    }
    await store(tx, id, await check(tx, ctx.references, merged, stored));
    return id;
  },
  answer: (id, ctx) => loadExisting(ctx.loaders.intervention, id, 'intervention'),
});
