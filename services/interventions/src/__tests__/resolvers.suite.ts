import { data, statementsDuring, type Subgraph } from './harness';

const NATIONAL = [
  ['VERBINDING_SCHOOL_THUIS_OMGEVING', 'Verbinding school, thuis & omgeving'],
  ['TALENTONTWIKKELING', 'Talentontwikkeling'],
  ['SOEPELE_OVERGANG', 'Soepele overgang'],
  ['PROFESSIONALISERING', 'Professionalisering'],
  ['MEERTALIGHEID', 'Meertaligheid'],
  ['INCLUSIEF_ONDERWIJS', 'Inclusief onderwijs'],
];

export function resolverTests(sg: Subgraph) {
  describe('resolvers', () => {
    it('lists the six national themes first, in GKA order, then the local themes by name', async () => {
      const res = await data<{ themes: { code: string; name: string; national: boolean; municipality: { code: string } | null }[] }>(
        sg,
        '{ themes { code name national municipality { code } } }',
      );
      expect(res.themes.slice(0, 6).map((t) => [t.code, t.name])).toEqual(NATIONAL);
      expect(res.themes.slice(0, 6).every((t) => t.national && t.municipality === null)).toBe(true);
      const local = res.themes.slice(6);
      expect(local).toHaveLength(8);
      expect(local.every((t) => !t.national && t.municipality !== null)).toBe(true);
      expect(local.find((t) => t.code === 'VOERENDAAL_TALENT')?.municipality).toEqual({ code: 'GM0986' });
      expect(local.find((t) => t.code === 'BRUKSKE_GEZONDE_JEUGD')?.name).toBe('Gezonde jeugd');
    });

    it('returns an intervention with its reach, ages, lessons, sources, themes and organisations', async () => {
      const res = await data<{ intervention: Record<string, unknown> }>(
        sg,
        `{ intervention(id: "gorinchem-g-town") {
          id name status startYear targetAgeMin targetAgeMax region
          reach { quantity unit atLeast scope } reachText lessons workingElements sources
          themes { code } organisations { id } municipality { code } coalition { id } activities { id }
        } }`,
      );
      expect(res.intervention).toMatchObject({
        id: 'gorinchem-g-town',
        status: null,
        targetAgeMin: 13,
        targetAgeMax: 14,
        region: null,
        reach: [
          { quantity: 400, unit: 'leerlingen', atLeast: true, scope: 'tweede klas' },
          { quantity: 6, unit: 'scholen', atLeast: false, scope: null },
        ],
        sources: ['Gelijke Kansen Alliantie, "Land vol kansen"', 'Leestip: Project G-Town'],
        themes: [{ code: 'TALENTONTWIKKELING' }],
        organisations: [{ id: 'gemeente-gorinchem' }],
        municipality: { code: 'GM0512' },
        coalition: null,
        activities: [],
      });
      expect((res.intervention.lessons as string[]).length).toBeGreaterThan(0);
      expect((res.intervention.workingElements as string[]).length).toBeGreaterThan(0);
    });

    it('records the status and start year the source gives', async () => {
      const res = await data<{ a: Record<string, unknown>; o: Record<string, unknown>; v: Record<string, unknown> }>(
        sg,
        `{ a: intervention(id: "amersfoort-social-worker-po") { status startYear reach { quantity unit } }
           o: intervention(id: "oude-ijsselstreek-ouderconsulent") { status startYear reach { quantity unit } organisations { id } }
           v: intervention(id: "voerendaal-npo-plan") { startYear endYear targetAgeMin targetAgeMax coalition { id } themes { code } organisations { id } } }`,
      );
      expect(res.a).toEqual({ status: 'EMBEDDED', startYear: 2020, reach: [{ quantity: 15, unit: 'scholen' }, { quantity: 4, unit: 'VVE-locaties' }] });
      expect(res.o).toMatchObject({ status: 'PILOT', startYear: 2023, reach: [{ quantity: 42, unit: 'gezinnen' }] });
      expect(res.o.organisations).toHaveLength(8);
      expect(res.v).toMatchObject({ startYear: 2022, endYear: 2023, targetAgeMin: 2, targetAgeMax: 12, coalition: { id: 'voerendaal-lea' } });
      expect((res.v.themes as { code: string }[]).map((t) => t.code)).toHaveLength(5);
      expect((res.v.organisations as { id: string }[]).map((o) => o.id)).toEqual([
        'innovo', 'humankind', 'kinderopvang-op-t-bergske', 'jens', 'the-move-factory', 'smk', 'schunck', 'gemeente-voerendaal',
      ]);
    });

    it('returns an activity with its indicators, intervention and theme; null for unknown ids', async () => {
      const res = await data<{ activity: Record<string, unknown>; none: null; missing: null }>(
        sg,
        `{ activity(id: "voerendaal-npo-c") { code title npoCategories indicators { id name target } intervention { id } theme { code } }
           none: activity(id: "nope") { id }
           missing: intervention(id: "nope") { id } }`,
      );
      expect(res.activity).toEqual({
        code: 'c',
        title: 'Kennismaken met cultuur jonge kinderen',
        npoCategories: ['PRESCHOOL_PERIOD', 'COOPERATION'],
        indicators: [
          { id: 'voerendaal-npo-c-1', name: 'Activiteiten per koppel uitgevoerd', target: '4 activiteiten per koppel' },
          { id: 'voerendaal-npo-c-2', name: 'Aanknopingspunten voor vervolgactiviteiten (ervaringen medewerkers)', target: null },
        ],
        intervention: { id: 'voerendaal-npo-plan' },
        theme: { code: 'VOERENDAAL_TALENT' },
      });
      expect(res.none).toBeNull();
      expect(res.missing).toBeNull();
    });

    it('lists the sub-items of a Brukske action as its activities, in order', async () => {
      const res = await data<{ intervention: { activities: { code: string; title: string; npoCategories: string[]; indicators: unknown[] }[] } }>(
        sg,
        '{ intervention(id: "venray-brukske-bewegen") { activities { code title npoCategories indicators { id } } } }',
      );
      expect(res.intervention.activities.map((a) => [a.code, a.title])).toEqual([
        ['a', 'nationale sportweek'], ['b', 'Jeugd Sport Fonds'], ['c', 'Nijntje beweegt'],
        ['d', 'Ben Bizzie'], ['e', 'Sportzender'], ['f', 'Shape'],
      ]);
      expect(res.intervention.activities.every((a) => a.npoCategories.length === 0 && a.indicators.length === 0)).toBe(true);
    });

    it('batches nested relations: the statements are bounded by the loaders on the path, not by the rows', async () => {
      const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Coalition {
        themes { code goals { text interventions { id } } interventions { id themes { code } organisations { id }
          activities { indicators { name measurements { value indicator { id } } } theme { code } intervention { id } } } }
        interventions { id reach { quantity } }
      } } }`;
      const one = await statementsDuring(() => data(sg, query, { r: [{ __typename: 'Coalition', id: 'venray-brukske' }] }));
      const two = await statementsDuring(() =>
        data(sg, query, { r: [{ __typename: 'Coalition', id: 'venray-brukske' }, { __typename: 'Coalition', id: 'voerendaal-lea' }] }),
      );
      // One batch per loader and path. Where two paths meet in one loader (interventions under a theme and
      // under the coalition; themes of an intervention and of an activity) timing decides whether they share
      // a batch, so the exact count varies by one or two; a query per row would add dozens.
      const loaderPaths = 16;
      expect(one).toBeLessThanOrEqual(loaderPaths);
      expect(two).toBeLessThanOrEqual(loaderPaths);
    });
  });
}
