import { forbidden, slug, writeTransaction } from '@kansrijk/kit';
import { assertCanWriteFor } from '@kansrijk/domain';
import { Like, type EntityManager } from 'typeorm';
import type { Context } from '../subgraph';
import { Organisation, OrganisationLocation, OrganisationMunicipality } from '../entities';
import { normaliseIdentifiers, optionalText } from './input-values';
import { checkLocations } from './check-locations';
import { checkMunicipalities, checkOrganisation } from './check-organisation';
import type { OrganisationInput } from './organisation-input';

/** A readable id from the name, numbered when the name's id is taken (`testschool`, `testschool-2`). */
async function freeId(tx: EntityManager, name: string): Promise<string> {
  const base = slug(name) || 'organisatie';
  const taken = new Set((await tx.getRepository(Organisation).find({ select: { id: true }, where: [{ id: base }, { id: Like(`${base}-%`) }] })).map((o) => o.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export async function createOrganisation(input: OrganisationInput & { name: string; kind: string; municipalities: string[] }, ctx: Context): Promise<Organisation> {
  if (!ctx.viewer.isAdmin && !ctx.viewer.has('officer')) throw forbidden('Only officers and admins may add organisations');
  return writeTransaction(ctx.dataSource, async (tx) => {
    const municipalities = await checkMunicipalities(tx, input.municipalities);
    for (const code of municipalities) assertCanWriteFor(ctx.viewer, code);
    const row: Organisation = {
      id: await freeId(tx, input.name),
      name: input.name,
      kind: input.kind,
      description: optionalText(input.description),
      parentId: input.parentId ?? null,
      ...normaliseIdentifiers(input),
      childcareType: input.childcareType ?? null,
      offersEarlyEducation: input.offersEarlyEducation ?? null,
      childPlaces: input.childPlaces ?? null,
      registerStatus: null,
      synthetic: false,
    };
    await checkOrganisation(tx, row);
    const locations = checkLocations(row.id, input.locations ?? [], municipalities);
    await tx.getRepository(Organisation).insert(row);
    await tx.getRepository(OrganisationMunicipality).insert(municipalities.map((municipalityCode) => ({ organisationId: row.id, municipalityCode })));
    if (locations.length) await tx.getRepository(OrganisationLocation).insert(locations);
    return row;
  });
}
