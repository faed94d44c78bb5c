/**
 * No N+1 across the federation: the number of SQL statements an operation costs, summed over all
 * subgraphs, must not grow with the number of rows it returns. We count at the demo size, add rows
 * that the same operations return (interventions, their themes and organisations, coalition
 * members), count again, and require the same count.
 */
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { Intervention, InterventionOrganisation, InterventionTheme } from '../services/interventions/src/entities';
import { CoalitionMember, Organisation, OrganisationMunicipality } from '../services/partners/src/entities';
import { operation, startStack, type Stack } from './stack';

let stack: Stack;
const EXTRA = 12;
const PREFIX = 'nplus1-test-';

beforeAll(async () => {
  stack = await startStack();
  await removeExtraRows();
});
afterAll(async () => {
  await removeExtraRows();
  await stack?.close();
});

async function clone<T extends ObjectLiteral>(db: DataSource, entity: EntityTarget<T>, template: T, changes: Partial<T>) {
  await db.getRepository(entity).insert({ ...template, ...changes });
}

/** Doubles Venray's interventions and Brukske's members, each with themes and organisations. */
async function addRows() {
  const interventions = stack.dataSources.interventions;
  const partners = stack.dataSources.partners;
  const template = (await interventions.getRepository(Intervention).findOneByOrFail({ coalitionId: 'venray-brukske' })) as Intervention;
  const themes = await interventions.getRepository(InterventionTheme).findBy({ interventionId: template.id });
  const executor = await interventions.getRepository(InterventionOrganisation).findOneByOrFail({});
  const member = await partners.getRepository(CoalitionMember).findOneByOrFail({ coalitionId: 'venray-brukske', organisationId: 'unik' });
  const organisation = await partners.getRepository(Organisation).findOneByOrFail({ id: 'unik' });
  for (let i = 0; i < EXTRA; i++) {
    const orgId = `${PREFIX}org-${i}`;
    await clone(partners, Organisation, organisation, { id: orgId, name: `N+1 testorganisatie ${i}` });
    await clone(partners, OrganisationMunicipality, { organisationId: orgId, municipalityCode: 'GM0984' } as OrganisationMunicipality, {});
    await clone(partners, CoalitionMember, member, { organisationId: orgId, position: 100 + i });
    const id = `${PREFIX}intervention-${i}`;
    await clone(interventions, Intervention, template, { id, name: `N+1 testinterventie ${i}` });
    for (const theme of themes) await clone(interventions, InterventionTheme, theme, { interventionId: id });
    await clone(interventions, InterventionOrganisation, executor, { interventionId: id, organisationId: orgId });
  }
}

async function removeExtraRows() {
  const like = `${PREFIX}%`;
  const interventions = stack.dataSources.interventions;
  const partners = stack.dataSources.partners;
  await interventions.query('DELETE FROM interventions.intervention_organisation WHERE intervention_id LIKE $1', [like]);
  await interventions.query('DELETE FROM interventions.intervention_theme WHERE intervention_id LIKE $1', [like]);
  await interventions.query('DELETE FROM interventions.intervention WHERE id LIKE $1', [like]);
  await partners.query('DELETE FROM partners.coalition_member WHERE organisation_id LIKE $1', [like]);
  await partners.query('DELETE FROM partners.organisation_municipality WHERE organisation_id LIKE $1', [like]);
  await partners.query('DELETE FROM partners.organisation WHERE id LIKE $1', [like]);
}

type Cost = { total: number; bySubgraph: Record<string, number>; size: number };

async function cost(file: string, variables: Record<string, unknown>): Promise<Cost> {
  let rows = 0;
  // Background work of the subgraphs (the children's refresh of publications a previous test file left
  // stale, on the embedded database that every file shares) runs in this process too: let it finish
  // first, so that only the operation's statements are counted.
  await stack.settled();
  const counted = await stack.countQueries(async () => {
    const res = await stack.query(operation(file), variables);
    expect(res.errors).toBeUndefined();
    rows = JSON.stringify(res.data).length;
  });
  return { ...counted, size: rows };
}

describe('SQL statements per operation', () => {
  it('LeaOverview, InterventionCatalogue and Coalition cost the same at two data sizes', async () => {
    const ops: [string, Record<string, unknown>][] = [
      ['lea-overview.graphql', { code: 'GM0984', year: 2023 }],
      ['intervention-catalogue.graphql', { first: 100 }],
      ['coalition.graphql', { id: 'venray-brukske' }],
    ];
    const small: Cost[] = [];
    for (const [file, variables] of ops) small.push(await cost(file, variables));
    await addRows();
    const large: Cost[] = [];
    for (const [file, variables] of ops) large.push(await cost(file, variables));

    ops.forEach(([file], i) => {
      // The second run returns more rows...
      expect(large[i].size).toBeGreaterThan(small[i].size);
      // ...for the same number of statements, subgraph by subgraph.
      expect({ file, ...large[i].bySubgraph }).toEqual({ file, ...small[i].bySubgraph });
    });
     
    console.log(ops.map(([file], i) => `${file}: ${small[i].total} statements at both sizes ${JSON.stringify(small[i].bySubgraph)}`).join('\n'));
  });
});
