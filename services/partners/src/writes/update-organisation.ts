import { badUserInput, forbidden, writeTransaction } from '@kansrijk/kit';
import { assertCanWriteFor } from '@kansrijk/domain';
import type { Context } from '../subgraph';
import { Organisation, OrganisationLocation, OrganisationMunicipality } from '../entities';
import { optionalText } from './input-values';
import { checkLocations } from './check-locations';
import { checkMunicipalities, checkOrganisation } from './check-organisation';
import type { OrganisationInput } from './organisation-input';

const OPTIONAL = ['description', 'parentId', 'brin', 'lrkNumber', 'kvkNumber', 'boardNumber', 'childcareType', 'offersEarlyEducation', 'childPlaces'] as const;

/**
 * Changes an organisation. An officer of any municipality it works in may change its fields; adding or
 * removing a municipality also needs the right to write for that municipality, so nobody moves an
 * organisation into or out of someone else's area.
 */
export async function updateOrganisation(id: string, input: OrganisationInput, ctx: Context): Promise<Organisation> {
  if (!ctx.viewer.isAdmin && !ctx.viewer.has('officer')) throw forbidden('Only officers and admins may change organisations');
  const result = await writeTransaction(ctx.dataSource, async (tx) => {
    const existing = await tx.getRepository(Organisation).findOneBy({ id });
    if (!existing) throw badUserInput('id', `unknown organisation ${id}`);
    const current = (await tx.getRepository(OrganisationMunicipality).findBy({ organisationId: id })).map((l) => l.municipalityCode);
    if (!current.some((code) => ctx.viewer.canWriteFor(code))) {
      throw forbidden(`Only officers of ${current.join(', ') || 'its municipalities'} and admins may change ${id}`);
    }

    for (const field of ['name', 'kind', 'municipalities'] as const) {
      if (field in input && input[field] == null) throw badUserInput(`input.${field}`, 'cannot be cleared');
    }
    let municipalities = current;
    if (input.municipalities) {
      municipalities = await checkMunicipalities(tx, input.municipalities);
      const changed = [...municipalities.filter((c) => !current.includes(c)), ...current.filter((c) => !municipalities.includes(c))];
      for (const code of changed) assertCanWriteFor(ctx.viewer, code);
    }

    const row: Organisation = { ...existing, name: input.name ?? existing.name, kind: input.kind ?? existing.kind };
    for (const field of OPTIONAL) {
      if (!(field in input)) continue;
      const value = input[field];
      (row as unknown as Record<string, unknown>)[field] = typeof value === 'string' ? optionalText(value) : value ?? null;
    }
    if (row.brin) row.brin = row.brin.toUpperCase();
    await checkOrganisation(tx, row);

    // Without new locations, the stored ones must still lie in the (possibly smaller) area.
    const stored = await tx.getRepository(OrganisationLocation).findBy({ organisationId: id });
    const locations = 'locations' in input ? checkLocations(id, input.locations ?? [], municipalities) : null;
    if (!locations) {
      const outside = stored.find((l) => !municipalities.includes(l.municipalityCode));
      if (outside) throw badUserInput('input.municipalities', `location ${outside.id} lies in ${outside.municipalityCode}; move or remove it first`);
    }

    await tx.getRepository(Organisation).update({ id }, row);
    if (input.municipalities) {
      await tx.getRepository(OrganisationMunicipality).delete({ organisationId: id });
      await tx.getRepository(OrganisationMunicipality).insert(municipalities.map((municipalityCode) => ({ organisationId: id, municipalityCode })));
    }
    if (locations) {
      await tx.getRepository(OrganisationLocation).delete({ organisationId: id });
      if (locations.length) await tx.getRepository(OrganisationLocation).insert(locations);
    }
    return row;
  });
  // Later fields of this response must see the change, not what the loaders cached before it.
  ctx.loaders.organisation.clear(id);
  ctx.loaders.municipalitiesByOrganisation.clear(id);
  ctx.loaders.locationsByOrganisation.clear(id);
  return result;
}
