import { DEMO_MUNICIPALITIES } from '@kansrijk/demo';
import type { DataSource } from 'typeorm';
import {
  BodyRole,
  Coalition,
  CoalitionMember,
  GovernanceBody,
  GovernanceBodyMember,
  Municipality,
  Organisation,
  OrganisationMunicipality,
} from '../entities';
import { coalitionRows } from './coalition-rows';
import { organisationRows } from './organisation-rows';
import { venrayBrukske } from './venray-brukske';
import { voerendaalLea } from './voerendaal-lea';

export const COALITIONS = [venrayBrukske, voerendaalLea];

/** Loads the demo data in one transaction; upserts on primary keys, so a second run changes nothing. */
export async function seed(db: DataSource): Promise<void> {
  const { organisations, links } = organisationRows();
  const coalitions = coalitionRows(COALITIONS);
  await db.transaction(async (tx) => {
    await tx.getRepository(Municipality).upsert(
      DEMO_MUNICIPALITIES.map(({ code, name, province }) => ({ code, name, province })),
      ['code'],
    );
    await tx.getRepository(Organisation).upsert(organisations, ['id']);
    await tx.getRepository(OrganisationMunicipality).upsert(links, ['organisationId', 'municipalityCode']);
    await tx.getRepository(Coalition).upsert(coalitions.coalitions, ['id']);
    await tx.getRepository(CoalitionMember).upsert(coalitions.members, ['coalitionId', 'organisationId']);
    await tx.getRepository(GovernanceBody).upsert(coalitions.bodies, ['id']);
    await tx.getRepository(GovernanceBodyMember).upsert(coalitions.bodyMembers, ['bodyId', 'organisationId']);
    await tx.getRepository(BodyRole).upsert(coalitions.roles, ['id']);
  });
}

/** Organisations are what the other subgraphs' demo data points at, so their presence means "seeded". */
export async function hasData(db: DataSource): Promise<boolean> {
  return (await db.getRepository(Organisation).count()) > 0;
}
