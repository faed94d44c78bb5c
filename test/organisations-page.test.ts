/**
 * `Municipality.organisationsPage`: the paged form of a list that grows with the country (Amsterdam
 * has about 1,000 organisations). Pages add up to the unpaged list, and a page on every municipality
 * costs the same number of SQL statements as a page on one.
 */
import { startStack, type Stack } from './stack';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ seed: ['partners'] });
});
afterAll(() => stack?.close());

const PAGE = `query ($code: ID!, $first: Int, $after: String) {
  municipality(code: $code) {
    organisations { id }
    organisationsPage(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name } }
    }
  }
}`;

describe('Municipality.organisationsPage', () => {
  it('pages through the same organisations as the unpaged list, in the same order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let whole: string[] = [];
    for (let page = 0; page < 50; page++) {
      const res: { data?: any; errors?: any[] } = await stack.query(PAGE, { code: 'GM0984', first: 3, after });
      expect(res.errors).toBeUndefined();
      const { organisations, organisationsPage } = res.data.municipality;
      whole = organisations.map((o: { id: string }) => o.id);
      expect(organisationsPage.totalCount).toBe(whole.length);
      expect(organisationsPage.edges.length).toBeLessThanOrEqual(3);
      seen.push(...organisationsPage.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!organisationsPage.pageInfo.hasNextPage) break;
      after = organisationsPage.pageInfo.endCursor;
    }
    expect(whole.length).toBeGreaterThan(3);
    expect(seen).toEqual(whole);
  });

  it('refuses a page over 100 and a cursor it did not issue', async () => {
    const big = await stack.query(PAGE, { code: 'GM0984', first: 101 });
    expect(big.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const forged = await stack.query(PAGE, { code: 'GM0984', first: 3, after: 'bm90LWEtY3Vyc29y' });
    expect(forged.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('costs the same SQL statements for every municipality as for one, first page or later', async () => {
    const one = `query ($after: String) { municipality(code: "GM0984") { organisationsPage(first: 2, after: $after) { totalCount edges { node { id } } } } }`;
    const all = `query ($after: String) { municipalities { organisationsPage(first: 2, after: $after) { totalCount edges { node { id } } } } }`;
    const first = await stack.query(one);
    const cursor = first.data.municipality.organisationsPage.edges[0] && (await stack.query(PAGE, { code: 'GM0984', first: 1 })).data.municipality.organisationsPage.pageInfo.endCursor;
    const counts: number[] = [];
    for (const [query, after] of [
      [one, null],
      [all, null],
      [one, cursor],
      [all, cursor],
    ] as const) {
      let res: any;
      const { bySubgraph } = await stack.countQueries(async () => {
        res = await stack.query(query, { after });
      });
      expect(res.errors).toBeUndefined();
      counts.push(bySubgraph.partners);
    }
    const municipalities = (await stack.query(all)).data.municipalities;
    expect(municipalities.length).toBeGreaterThan(1);
    // Every page is cut at two rows per municipality, not two in all.
    expect(municipalities.filter((m: any) => m.organisationsPage.edges.length === 2).length).toBeGreaterThan(1);
    expect(new Set(counts).size).toBe(1);
  });
});
