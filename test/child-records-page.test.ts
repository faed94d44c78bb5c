/**
 * `Organisation.placementsPage` / `indicationsPage`: the paged form of child-level records, which grow
 * with the years (a GGD issues thousands of indications). Pages add up to the unpaged list, every page
 * is audited with exactly the records it disclosed, and the SQL statements do not grow with the rows.
 */
import { startStack, type Stack } from './stack';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ seed: ['partners', 'children'] });
});
afterAll(() => stack?.close());

const auditMax = async (): Promise<number> => Number((await stack.dataSources.children.query(`SELECT coalesce(max(id), 0) AS id FROM children.audit_log`))[0].id);
const auditedAfter = async (id: number) =>
  stack.dataSources.children.query(`SELECT organisation_id, record_ids FROM children.audit_log WHERE id > $1 ORDER BY id`, [id]);

describe.each([
  ['placements', 'kinderopvang-t-nest'],
  ['indications', 'jgz-ggd-venray'],
])('Organisation.%sPage', (field, organisation) => {
  const WHOLE = `query ($id: ID!) { organisation(id: $id) { ${field} { id } } }`;
  const PAGE = `query ($id: ID!, $after: String) { organisation(id: $id) { ${field}Page(first: 25, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;

  it('pages through the unpaged list in its order, each page audited with what it disclosed', async () => {
    const partner = await stack.token('partner', { organisations: [organisation] });
    const whole = (await stack.query(WHOLE, { id: organisation }, partner)).data.organisation[field].map((r: { id: string }) => r.id);
    expect(whole.length).toBeGreaterThan(25);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const before = await auditMax();
      const res: { data?: any; errors?: any[] } = await stack.query(PAGE, { id: organisation, after }, partner);
      expect(res.errors).toBeUndefined();
      const page = res.data.organisation[`${field}Page`];
      const ids = page.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(await auditedAfter(before)).toEqual([{ organisation_id: organisation, record_ids: ids }]);
      seen.push(...ids);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(whole);
  });

  it('refuses another organisation\'s staff: FORBIDDEN, no record, no audit row', async () => {
    const before = await auditMax();
    const res = await stack.query(PAGE, { id: organisation }, await stack.token('partner', { organisations: ['unik'] }));
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await auditMax()).toBe(before);
  });

  it('costs the same SQL statements for a first page and a later one', async () => {
    const admin = await stack.token('admin');
    const first = await stack.query(PAGE, { id: organisation }, admin);
    const counts: number[] = [];
    for (const after of [null, first.data.organisation[`${field}Page`].pageInfo.endCursor]) {
      const { bySubgraph } = await stack.countQueries(() => stack.query(PAGE, { id: organisation, after }, admin));
      counts.push(bySubgraph.children);
    }
    expect(counts[0]).toBe(counts[1]);
  });
});
