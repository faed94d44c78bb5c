import { DEMO_ORGANISATIONS, syntheticOrganisations, type DemoOrganisation } from '@kansrijk/demo';
import { Organisation, OrganisationMunicipality } from '../entities';
import { dataOf, expectBadUserInput, type Subgraph } from './helpers';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string; name: string; kind: string } }[];
}

const ORGANISATIONS = `query ($filter: OrganisationFilter, $first: Int, $after: String) {
  organisations(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name kind } }
  }
}`;

const ALL: DemoOrganisation[] = [...DEMO_ORGANISATIONS, ...syntheticOrganisations()];
/** The C collation orders as JavaScript compares strings. */
const byNameThenId = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export function organisationsSuite(subgraph: Subgraph) {
  const page = async (variables: Record<string, unknown>) =>
    dataOf(await subgraph().query<{ organisations: Page }>(ORGANISATIONS, variables)).organisations;

  /** Follows endCursor to the end; returns the ids in the order served. */
  const walk = async (filter: Record<string, unknown> | null, first: number) => {
    const ids: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const p: Page = await page({ filter, first, after });
      ids.push(...p.edges.map((e) => e.node.id));
      if (!p.pageInfo.hasNextPage) return ids;
      after = p.pageInfo.endCursor;
    }
    throw new Error('paging did not end');
  };

  it('serves the first page with a total count and a cursor to continue', async () => {
    const p = await page({ first: 5 });
    expect(p.totalCount).toBe(ALL.length);
    expect(p.edges).toHaveLength(5);
    expect(p.pageInfo).toEqual({ hasNextPage: true, endCursor: p.edges[4].cursor });
    expect(p.edges.map((e) => e.node.id)).toEqual([...ALL].sort(byNameThenId).slice(0, 5).map((o) => o.id));
  });

  it('pages through every organisation once, ordered by name and id', async () => {
    const ids = await walk(null, 7);
    expect(ids).toEqual([...ALL].sort(byNameThenId).map((o) => o.id));
  });

  it('continues after a cursor without repeating or skipping', async () => {
    const first = await page({ first: 3 });
    const next = await page({ first: 3, after: first.pageInfo.endCursor });
    const both = await page({ first: 6 });
    expect([...first.edges, ...next.edges].map((e) => e.node.id)).toEqual(both.edges.map((e) => e.node.id));
    expect(next.totalCount).toBe(ALL.length);
  });

  it('ends with hasNextPage false on the last page', async () => {
    const p = await page({ first: 100, filter: { municipality: 'GM0984' } });
    expect(p.pageInfo.hasNextPage).toBe(false);
    expect(p.edges).toHaveLength(p.totalCount);
  });

  it('serves an empty page for first: 0', async () => {
    const p = await page({ first: 0 });
    expect(p.edges).toEqual([]);
    expect(p.pageInfo).toEqual({ hasNextPage: true, endCursor: null });
  });

  it('filters by kind', async () => {
    const ids = await walk({ kind: 'SCHOOL_BOARD' }, 4);
    expect(ids).toEqual(ALL.filter((o) => o.kind === 'SCHOOL_BOARD').sort(byNameThenId).map((o) => o.id));
    expect(ids).toEqual(expect.arrayContaining(['spovenray', 'innovo']));
  });

  it('filters by municipality', async () => {
    const p = await page({ first: 100, filter: { municipality: 'GM0986' } });
    const expected = ALL.filter((o) => o.municipalities.includes('GM0986')).sort(byNameThenId).map((o) => o.id);
    expect(p.edges.map((e) => e.node.id)).toEqual(expected);
    expect(p.totalCount).toBe(expected.length);
    expect(expected).toEqual(expect.arrayContaining(['innovo', 'humankind', 'kinderopvang-zoet', 'smk']));
  });

  it('combines filters', async () => {
    const p = await page({ first: 100, filter: { municipality: 'GM0986', kind: 'CHILDCARE_LOCATION', name: 'peuteropvang' } });
    const expected = ALL.filter((o) => o.municipalities.includes('GM0986') && o.kind === 'CHILDCARE_LOCATION' && /peuteropvang/i.test(o.name));
    expect(p.edges.map((e) => e.node.id)).toEqual(expected.sort(byNameThenId).map((o) => o.id));
    expect(p.totalCount).toBe(5);
  });

  it('matches part of the name case-insensitively', async () => {
    const p = await page({ first: 100, filter: { name: 'KROKODARIS' } });
    expect(p.edges.map((e) => e.node.id)).toEqual(['basisschool-de-krokodaris', 'kc-krokodaris']);
  });

  it.each([
    ['%', 0],
    ['_', 0],
    ['\\', 0],
    ['%Nest', 0],
    ['Op _t', 0],
    ["'t ", ALL.filter((o) => o.name.includes("'t ")).length],
    ["Op 't", 1],
    ["'s-Hertogenbosch", ALL.filter((o) => o.name.includes("'s-Hertogenbosch")).length],
  ])('matches the search string %p literally', async (name, count) => {
    const p = await page({ first: 100, filter: { name } });
    expect(p.totalCount).toBe(count);
    expect(p.edges).toHaveLength(count);
    for (const e of p.edges) expect(e.node.name).toContain(name);
  });

  describe('by public identifier', () => {
    // No demo organisation has an identifier (no source gives one), so this test adds one of its own.
    const id = 'test-identifier-organisation';
    beforeAll(async () => {
      const db = subgraph().dataSource;
      await db.getRepository(Organisation).insert({
        id, name: 'Testschool', kind: 'SCHOOL', brin: '99ZZ00', lrkNumber: '123456789', kvkNumber: '87654321', synthetic: true,
      });
      await db.getRepository(OrganisationMunicipality).insert({ organisationId: id, municipalityCode: 'GM0556' });
    });
    afterAll(async () => {
      const db = subgraph().dataSource;
      await db.getRepository(OrganisationMunicipality).delete({ organisationId: id });
      await db.getRepository(Organisation).delete({ id });
    });

    it.each(['99ZZ00', '123456789', '87654321'])('finds the organisation whose BRIN, LRK or KvK number is %p', async (identifier) => {
      const p = await page({ filter: { identifier } });
      expect(p.edges.map((e) => e.node.id)).toEqual([id]);
      expect(p.totalCount).toBe(1);
    });

    it.each(['99ZZ', '12345678', '%', '99zz00'])('matches identifiers exactly, not %p', async (identifier) => {
      const p = await page({ filter: { identifier } });
      expect(p.totalCount).toBe(0);
    });

    it('combines the identifier with the municipality', async () => {
      expect((await page({ filter: { identifier: '99ZZ00', municipality: 'GM0556' } })).totalCount).toBe(1);
      expect((await page({ filter: { identifier: '99ZZ00', municipality: 'GM0984' } })).totalCount).toBe(0);
    });
  });

  it('refuses a cursor it did not issue, naming `after`', async () => {
    expectBadUserInput(await subgraph().query(ORGANISATIONS, { after: 'not-a-cursor' }), 'after');
    const foreign = Buffer.from(JSON.stringify([1, 2, 3])).toString('base64url');
    expectBadUserInput(await subgraph().query(ORGANISATIONS, { after: foreign }), 'after');
  });

  it('refuses a page size above 100 or below 0, naming `first`', async () => {
    expectBadUserInput(await subgraph().query(ORGANISATIONS, { first: 101 }), 'first');
    expectBadUserInput(await subgraph().query(ORGANISATIONS, { first: -1 }), 'first');
  });

  it('refuses a malformed or unknown municipality filter, naming it', async () => {
    expectBadUserInput(await subgraph().query(ORGANISATIONS, { filter: { municipality: 'Venray' } }), 'filter.municipality');
    expectBadUserInput(await subgraph().query(ORGANISATIONS, { filter: { municipality: 'GM9999' } }), 'filter.municipality');
  });
}
