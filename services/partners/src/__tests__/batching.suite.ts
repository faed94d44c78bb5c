import { queryCounter } from '@kansrijk/kit';
import { dataOf, type Subgraph } from './helpers';

/** Every relation of a coalition, nested, so that an N+1 anywhere multiplies the statements. */
const COALITIONS_DEEP = `{ coalitions {
  municipality { code organisations { id parent { id } } coalitions { id } }
  members { coalition { id } organisation { id parent { id } parts { id } municipalities { code } memberships { coalition { id } } } }
  bodies { members { id municipalities { code } } roles { title holder { id name } } }
} }`;

const ORGANISATIONS_DEEP = `{ organisations(first: 100) { edges { node {
  id parent { id } parts { id } municipalities { code } memberships { coalition { id } }
} } } }`;

/**
 * DataLoader batches per tick, so a loader may run once per depth at which it is used: the number
 * of statements depends on the shape of the query, never on how many objects it returns.
 */
export function batchingSuite(subgraph: Subgraph) {
  const statements = async (query: string, variables: Record<string, unknown> = {}) => {
    queryCounter.reset();
    const data = dataOf(await subgraph().query(query, variables));
    return { data, count: queryCounter.counts.get('partners') ?? 0 };
  };

  it('resolves every relation of every coalition in a bounded number of statements', async () => {
    const { data, count } = await statements(COALITIONS_DEEP);
    const members = (data as { coalitions: { members: unknown[] }[] }).coalitions.flatMap((c) => c.members);
    // 17 members with four relations each: a statement per object would be far over 68.
    expect(members).toHaveLength(17);
    expect(count).toBeLessThanOrEqual(16);
  });

  it('resolves the relations of a page of 100 organisations in one statement per relation', async () => {
    const { data, count } = await statements(ORGANISATIONS_DEEP);
    expect((data as { organisations: { edges: unknown[] } }).organisations.edges).toHaveLength(100);
    // The page, then parent, parts, municipalities and memberships, then the memberships' coalitions.
    expect(count).toBe(6);
  });

  it('resolves many references in one statement per entity type', async () => {
    const representations = ['venray-brukske', 'voerendaal-lea']
      .map((id) => ({ __typename: 'Coalition', id }))
      .concat(['innovo', 'jens', 'unik', 'synthese', 'smk'].map((id) => ({ __typename: 'Organisation', id })));
    const { data, count } = await statements(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Coalition { id } ... on Organisation { id } } }',
      { r: representations },
    );
    expect((data as { _entities: unknown[] })._entities).toHaveLength(7);
    expect(count).toBe(2);
  });
}
