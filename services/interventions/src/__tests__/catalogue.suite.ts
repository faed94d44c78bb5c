import { data, statementsDuring, type Subgraph } from './harness';

interface Page {
  interventions: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string } }[];
  };
}

const CATALOGUE = `query ($filter: InterventionFilter, $first: Int, $after: String) {
  interventions(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id } }
  }
}`;

const page = (sg: Subgraph, variables: Record<string, unknown>) => data<Page>(sg, CATALOGUE, variables).then((d) => d.interventions);
const ids = async (sg: Subgraph, filter: Record<string, unknown>) =>
  (await page(sg, { filter, first: 100 })).edges.map((e) => e.node.id).sort();

export function catalogueTests(sg: Subgraph) {
  describe('the intervention catalogue', () => {
    it('pages with first/after through every intervention exactly once', async () => {
      const all = await page(sg, { first: 100 });
      expect(all.totalCount).toBe(26);
      expect(all.pageInfo.hasNextPage).toBe(false);

      const walked: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 10; i += 1) {
        const p: Page['interventions'] = await page(sg, { first: 7, after });
        expect(p.totalCount).toBe(26);
        expect(p.pageInfo.endCursor).toBe(p.edges[p.edges.length - 1]?.cursor ?? null);
        walked.push(...p.edges.map((e) => e.node.id));
        if (!p.pageInfo.hasNextPage) break;
        after = p.pageInfo.endCursor;
      }
      expect(walked).toHaveLength(26);
      expect(walked).toEqual(all.edges.map((e) => e.node.id));
    });

    it('returns 20 by default, and nothing but the count for first: 0', async () => {
      const first = await page(sg, {});
      expect(first.edges).toHaveLength(20);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const none = await page(sg, { first: 0 });
      expect(none).toEqual({ totalCount: 26, pageInfo: { hasNextPage: true, endCursor: null }, edges: [] });
    });

    it('filters by theme, municipality, status, prevention level, organisation and age', async () => {
      expect(await ids(sg, { theme: 'SOEPELE_OVERGANG' })).toEqual(['midden-groningen-soepele-overstap-po-vo', 'parkstad-soepele-overstap-po-vo']);
      expect(await ids(sg, { theme: 'MEERTALIGHEID' })).toEqual(['helmond-kracht-van-de-moedertaal']);
      expect(await ids(sg, { theme: 'BRUKSKE_GEZONDE_JEUGD' })).toEqual([
        'venray-brukske-bewegen', 'venray-brukske-mentaal-welbevinden', 'venray-brukske-voeding',
      ]);
      expect(await ids(sg, { theme: 'NO_SUCH_THEME' })).toEqual([]);
      expect(await ids(sg, { municipality: 'GM0928' })).toEqual(['parkstad-soepele-overstap-po-vo']);
      expect(await ids(sg, { status: 'EMBEDDED' })).toEqual([
        'almere-als-ik-later-groot-ben', 'amersfoort-social-worker-po', 'sudwest-fryslan-weekendschool',
      ]);
      expect(await ids(sg, { status: 'PILOT' })).toEqual(['helmond-kracht-van-de-moedertaal', 'oude-ijsselstreek-ouderconsulent']);
      expect(await ids(sg, { preventionLevel: 'SELECTIVE' })).toHaveLength(4);
      expect(await ids(sg, { organisation: 'jens' })).toEqual(['voerendaal-npo-plan']);
      expect(await ids(sg, { age: 14 })).toEqual(['almere-als-ik-later-groot-ben', 'gorinchem-g-town']);
      expect(await ids(sg, { theme: 'VERBINDING_SCHOOL_THUIS_OMGEVING', age: 2 })).toEqual(['hoorn-samen-van-start-startpunt']);
      expect((await page(sg, { filter: { municipality: 'GM0984', age: 13 }, first: 3 })).totalCount).toBe(10);
    });

    it('matches text case-insensitively in name, summary and lessons', async () => {
      expect(await ids(sg, { text: 'g-TOWN' })).toEqual(['gorinchem-g-town']);
      expect(await ids(sg, { text: 'zomerdip' })).toEqual([]); // only in an activity, not in the intervention
      expect(await ids(sg, { text: 'self-efficacy' })).toEqual(['alkmaar-wegwijs-in-gedrag']); // a lesson
      expect(await ids(sg, { text: 'Poolse' })).toEqual(['helmond-kracht-van-de-moedertaal']);
    });

    it('matches %, _ and quotes literally', async () => {
      expect(await ids(sg, { text: '%' })).toEqual([]);
      expect(await ids(sg, { text: '_' })).toEqual([]);
      expect(await ids(sg, { text: 'G_Town' })).toEqual([]);
      expect(await ids(sg, { text: 'G%Town' })).toEqual([]);
      expect(await ids(sg, { text: "'t Sterrenpad" })).toEqual(['westerkwartier-inclusief-onderwijs']);
      expect(await ids(sg, { text: "'positieve wijk'" })).toEqual(['heerenveen-wijkaanpak-de-greiden']);
      expect(await ids(sg, { text: '\\' })).toEqual([]);
    });

    it('refuses a cursor it did not issue, naming `after`', async () => {
      for (const after of ['not a cursor', Buffer.from('[1]').toString('base64url'), Buffer.from('{"a":1}').toString('base64url')]) {
        const res = await sg().query(CATALOGUE, { after });
        expect(res.data).toBeNull();
        expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0].extensions?.field).toBe('after');
        expect(res.errors?.[0].message).toMatch(/^after: /);
      }
    });

    it('refuses a page size above 100 and a malformed municipality, naming the field', async () => {
      const tooMany = await sg().query(CATALOGUE, { first: 101 });
      expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      const badCode = await sg().query(CATALOGUE, { filter: { municipality: 'Venray' } });
      expect(badCode.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.municipality' });
      const badAge = await sg().query(CATALOGUE, { filter: { age: -1 } });
      expect(badAge.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.age' });
    });

    it('runs the same number of SQL statements for a page of 2 and a page of 26', async () => {
      const query = `query ($first: Int) {
        interventions(first: $first) {
          totalCount
          edges { node { id name status municipality { code } themes { code name national municipality { code } }
            organisations { id } reach { quantity } activities { code indicators { name } } coalition { id }
            publication { id lessons { number heading } interventions { id } } } }
        }
      }`;
      const small = await statementsDuring(() => data(sg, query, { first: 2 }));
      const large = await statementsDuring(() => data(sg, query, { first: 26 }));
      expect(large).toBe(small);
      // count + page, theme ids + themes, organisations, reach, activities, indicators,
      // publications + their lessons + their interventions
      expect(large).toBeLessThanOrEqual(11);
    });
  });
}
