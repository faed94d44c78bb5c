import { badUserInput, forbidden, mutationsFor, notCleared, optionalText, slug, TEXT_LIMITS } from '@kansrijk/kit';
import { assertCanWriteFor, officersAndAdmins } from '@kansrijk/domain';
import { Like, type EntityManager } from 'typeorm';
import type { Context } from '../subgraph';
import { Organisation, OrganisationLocation, OrganisationMunicipality } from '../entities';
import { checkLocations } from './check-locations';
import { checkMunicipalities, checkOrganisation } from './check-organisation';
import type { MutationCreateOrganisationArgs, MutationUpdateOrganisationArgs } from '../generated/graphql';

const mutation = mutationsFor<Context>();

/** The identifiers are codes: short, trimmed, and a BRIN upper-cased as DUO writes it. */
const identifier = (field: string, value: unknown) => optionalText(field, value, 50);

/** A readable id from the name, numbered when the name's id is taken (`testschool`, `testschool-2`). */
async function freeId(tx: EntityManager, name: string): Promise<string> {
  const base = slug(name) || 'organisatie';
  const taken = new Set((await tx.getRepository(Organisation).find({ select: { id: true }, where: [{ id: base }, { id: Like(`${base}-%`) }] })).map((o) => o.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export const createOrganisation = mutation({
  allow: officersAndAdmins('add organisations'),
  async run(tx, { input }: MutationCreateOrganisationArgs, ctx) {
    const municipalities = await checkMunicipalities(tx, input.municipalities);
    for (const code of municipalities) assertCanWriteFor(ctx.viewer, code);
    const row: Organisation = {
      id: await freeId(tx, input.name),
      name: input.name,
      kind: input.kind,
      description: optionalText('input.description', input.description),
      parentId: input.parentId ?? null,
      brin: identifier('input.brin', input.brin)?.toUpperCase() ?? null,
      lrkNumber: identifier('input.lrkNumber', input.lrkNumber),
      kvkNumber: identifier('input.kvkNumber', input.kvkNumber),
      boardNumber: identifier('input.boardNumber', input.boardNumber),
      childcareType: input.childcareType ?? null,
      offersEarlyEducation: input.offersEarlyEducation ?? null,
      childPlaces: input.childPlaces ?? null,
      denomination: null,
      registerStatus: null,
      synthetic: false,
    };
    await checkOrganisation(tx, row);
    const locations = checkLocations(row.id, input.locations ?? [], municipalities);
    await tx.getRepository(Organisation).insert(row);
    await tx.getRepository(OrganisationMunicipality).insert(municipalities.map((municipalityCode) => ({ organisationId: row.id, municipalityCode })));
    if (locations.length) await tx.getRepository(OrganisationLocation).insert(locations);
    return row;
  },
});

/** The optional fields an update may set or clear (null clears); `checkOrganisation` checks the result. */
const OPTIONAL = {
  description: (value: unknown) => optionalText('input.description', value, TEXT_LIMITS.text),
  parentId: (value: unknown) => optionalText('input.parentId', value, 200),
  brin: (value: unknown) => identifier('input.brin', value)?.toUpperCase() ?? null,
  lrkNumber: (value: unknown) => identifier('input.lrkNumber', value),
  kvkNumber: (value: unknown) => identifier('input.kvkNumber', value),
  boardNumber: (value: unknown) => identifier('input.boardNumber', value),
  childcareType: (value: unknown) => value ?? null,
  offersEarlyEducation: (value: unknown) => value ?? null,
  childPlaces: (value: unknown) => value ?? null,
} as const;

/**
 * Changes an organisation. An officer of any municipality it works in may change its fields; adding or
 * removing a municipality also needs the right to write for that municipality, so nobody moves an
 * organisation into or out of someone else's area.
 */
export const updateOrganisation = mutation({
  allow: officersAndAdmins('change organisations'),
  async run(tx, { id, input }: MutationUpdateOrganisationArgs, ctx) {
    const existing = await tx.getRepository(Organisation).findOneBy({ id });
    if (!existing) throw badUserInput('id', `unknown organisation ${id}`);
    const current = (await tx.getRepository(OrganisationMunicipality).findBy({ organisationId: id })).map((l) => l.municipalityCode);
    if (!current.some((code) => ctx.viewer.canWriteFor(code))) {
      throw forbidden(`Only officers of ${current.join(', ') || 'its municipalities'} and admins may change ${id}`);
    }

    const row: Organisation = { ...existing };
    if ('name' in input) row.name = notCleared('input.name', input.name);
    if ('kind' in input) row.kind = notCleared('input.kind', input.kind);
    let municipalities = current;
    if ('municipalities' in input) {
      municipalities = await checkMunicipalities(tx, notCleared('input.municipalities', input.municipalities));
      const changed = [...municipalities.filter((c) => !current.includes(c)), ...current.filter((c) => !municipalities.includes(c))];
      for (const code of changed) assertCanWriteFor(ctx.viewer, code);
    }
    for (const [field, check] of Object.entries(OPTIONAL) as [keyof typeof OPTIONAL, (value: unknown) => unknown][]) {
      if (field in input) (row as unknown as Record<string, unknown>)[field] = check(input[field]);
    }
    await checkOrganisation(tx, row);

    // Without new locations, the stored ones must still lie in the (possibly smaller) area.
    const stored = await tx.getRepository(OrganisationLocation).findBy({ organisationId: id });
    const locations = 'locations' in input ? checkLocations(id, input.locations ?? [], municipalities) : null;
    if (!locations) {
      const outside = stored.find((l) => !municipalities.includes(l.municipalityCode));
      if (outside) throw badUserInput('input.municipalities', `location ${outside.id} lies in ${outside.municipalityCode}; move or remove it first`);
    }

    await tx.getRepository(Organisation).update({ id }, row);
    if ('municipalities' in input) {
      await tx.getRepository(OrganisationMunicipality).delete({ organisationId: id });
      await tx.getRepository(OrganisationMunicipality).insert(municipalities.map((municipalityCode) => ({ organisationId: id, municipalityCode })));
    }
    if (locations) {
      await tx.getRepository(OrganisationLocation).delete({ organisationId: id });
      if (locations.length) await tx.getRepository(OrganisationLocation).insert(locations);
    }
    return row;
  },
});
