import { dataOf, type Subgraph } from './helpers';

const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) {
  ... on Municipality { code name province }
  ... on Organisation { id name organisationKind: kind parent { id } }
  ... on Coalition { id name coalitionKind: kind municipality { code } }
} }`;

/** Federation's entry point, sent straight to the subgraph as the gateway would. */
export function entitiesSuite(subgraph: Subgraph) {
  const resolve = async (representations: Record<string, string>[]) =>
    dataOf(await subgraph().query<{ _entities: unknown[] }>(ENTITIES, { r: representations }))._entities;

  it('resolves Municipality references in order, null for an unknown code', async () => {
    const result = await resolve([
      { __typename: 'Municipality', code: 'GM0986' },
      { __typename: 'Municipality', code: 'GM9999' },
      { __typename: 'Municipality', code: 'GM0556' },
      { __typename: 'Municipality', code: 'GM0984' },
    ]);
    expect(result).toEqual([
      { code: 'GM0986', name: 'Voerendaal', province: 'Limburg' },
      null,
      { code: 'GM0556', name: 'Maassluis', province: 'Zuid-Holland' },
      { code: 'GM0984', name: 'Venray', province: 'Limburg' },
    ]);
  });

  it('resolves Organisation references in order, null for an unknown id', async () => {
    const result = await resolve([
      { __typename: 'Organisation', id: 'mik-kinderopvang' },
      { __typename: 'Organisation', id: 'kinderopvang-t-nest' },
      { __typename: 'Organisation', id: 'no-such-organisation' },
      { __typename: 'Organisation', id: 'synthetic-jgz-gm0512' },
      { __typename: 'Organisation', id: 'mik-kinderopvang' },
    ]);
    expect(result).toEqual([
      { id: 'mik-kinderopvang', name: 'MIK Kinderopvang', organisationKind: 'CHILDCARE_ORGANISATION', parent: { id: 'mik-piw-groep' } },
      { id: 'kinderopvang-t-nest', name: "Kinderopvang 't Nest", organisationKind: 'CHILDCARE_ORGANISATION', parent: null },
      null,
      { id: 'synthetic-jgz-gm0512', name: 'JGZ Gorinchem (synthetisch)', organisationKind: 'YOUTH_HEALTH_CARE', parent: null },
      { id: 'mik-kinderopvang', name: 'MIK Kinderopvang', organisationKind: 'CHILDCARE_ORGANISATION', parent: { id: 'mik-piw-groep' } },
    ]);
  });

  it('resolves Coalition references in order, null for an unknown id', async () => {
    const result = await resolve([
      { __typename: 'Coalition', id: 'voerendaal-lea' },
      { __typename: 'Coalition', id: 'mik-piw-groep' },
      { __typename: 'Coalition', id: 'venray-brukske' },
    ]);
    expect(result).toEqual([
      { id: 'voerendaal-lea', name: 'Lokale Educatieve Agenda Voerendaal', coalitionKind: 'LEA', municipality: { code: 'GM0986' } },
      null,
      { id: 'venray-brukske', name: 'Gezonde basisschool in de wijk Brukske', coalitionKind: 'COALITION', municipality: { code: 'GM0984' } },
    ]);
  });

  it('resolves a mix of entity types in one request', async () => {
    const result = await resolve([
      { __typename: 'Coalition', id: 'venray-brukske' },
      { __typename: 'Municipality', code: 'GM0984' },
      { __typename: 'Organisation', id: 'gemeente-venray' },
    ]);
    expect(result).toEqual([
      expect.objectContaining({ id: 'venray-brukske' }),
      expect.objectContaining({ code: 'GM0984' }),
      expect.objectContaining({ id: 'gemeente-venray', name: 'Gemeente Venray', organisationKind: 'MUNICIPALITY' }),
    ]);
  });
}
