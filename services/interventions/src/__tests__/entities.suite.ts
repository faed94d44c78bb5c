import { data, type Subgraph } from './harness';

type Entities<T> = { _entities: (T | null)[] };

/** `_entities` as the gateway sends it: several representations, in an order of its choosing, some unknown. */
export function entitiesTests(sg: Subgraph) {
  describe('_entities', () => {
    it('resolves Intervention references in the order given, null for unknown ids', async () => {
      const res = await data<Entities<{ id: string; name: string; municipality: { code: string } }>>(
        sg,
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Intervention { id name municipality { code } } } }',
        {
          r: [
            { __typename: 'Intervention', id: 'voerendaal-npo-plan' },
            { __typename: 'Intervention', id: 'does-not-exist' },
            { __typename: 'Intervention', id: 'gorinchem-g-town' },
            { __typename: 'Intervention', id: 'voerendaal-npo-plan' },
          ],
        },
      );
      expect(res._entities).toEqual([
        { id: 'voerendaal-npo-plan', name: 'Inzet NPO-middelen gemeente Voerendaal', municipality: { code: 'GM0986' } },
        null,
        { id: 'gorinchem-g-town', name: 'G-Town: jongeren leren zichzelf en de ander kennen', municipality: { code: 'GM0512' } },
        { id: 'voerendaal-npo-plan', name: 'Inzet NPO-middelen gemeente Voerendaal', municipality: { code: 'GM0986' } },
      ]);
    });

    it('resolves Activity references with their intervention', async () => {
      const res = await data<Entities<{ id: string; code: string; npoCategories: string[]; intervention: { id: string } }>>(
        sg,
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Activity { id code npoCategories intervention { id } } } }',
        {
          r: [
            { __typename: 'Activity', id: 'voerendaal-npo-d' },
            { __typename: 'Activity', id: 'voerendaal-npo-z' },
            { __typename: 'Activity', id: 'hoorn-samen-van-start-startpunt-b' },
          ],
        },
      );
      expect(res._entities).toEqual([
        { id: 'voerendaal-npo-d', code: 'd', npoCategories: ['SCHOOL_WIDE_MEASURES', 'COOPERATION'], intervention: { id: 'voerendaal-npo-plan' } },
        null,
        { id: 'hoorn-samen-van-start-startpunt-b', code: 'b', npoCategories: [], intervention: { id: 'hoorn-samen-van-start-startpunt' } },
      ]);
    });

    it('extends Coalition references with their DIN model; an unknown coalition has none', async () => {
      const res = await data<Entities<{ id: string; themes: { code: string }[]; interventions: { id: string }[] }>>(
        sg,
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Coalition { id themes { code } interventions { id } } } }',
        {
          r: [
            { __typename: 'Coalition', id: 'voerendaal-lea' },
            { __typename: 'Coalition', id: 'unknown-coalition' },
            { __typename: 'Coalition', id: 'venray-brukske' },
          ],
        },
      );
      const [voerendaal, unknown, brukske] = res._entities;
      expect(voerendaal?.themes).toHaveLength(5);
      expect(voerendaal?.interventions).toEqual([{ id: 'voerendaal-npo-plan' }]);
      expect(unknown).toEqual({ id: 'unknown-coalition', themes: [], interventions: [] });
      expect(brukske?.themes.map((t) => t.code)).toEqual([
        'BRUKSKE_TALENTONTWIKKELING_GELIJKE_KANSEN', 'BRUKSKE_GEZONDE_JEUGD', 'BRUKSKE_GEZONDE_LEEFOMGEVING',
      ]);
      expect(brukske?.interventions).toHaveLength(10);
    });

    it('extends Municipality references with their interventions', async () => {
      const res = await data<Entities<{ code: string; interventions: { id: string }[] }>>(
        sg,
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { code interventions { id } } } }',
        {
          r: [
            { __typename: 'Municipality', code: 'GM0928' },
            { __typename: 'Municipality', code: 'GM9999' },
            { __typename: 'Municipality', code: 'GM0986' },
            { __typename: 'Municipality', code: 'GM0984' },
          ],
        },
      );
      const [kerkrade, unknown, voerendaal, venray] = res._entities;
      expect(kerkrade).toEqual({ code: 'GM0928', interventions: [{ id: 'parkstad-soepele-overstap-po-vo' }] });
      expect(unknown).toEqual({ code: 'GM9999', interventions: [] });
      expect(voerendaal).toEqual({ code: 'GM0986', interventions: [{ id: 'voerendaal-npo-plan' }] });
      expect(venray?.interventions).toHaveLength(10);
    });

    it('extends Organisation references with the interventions they carry out', async () => {
      const res = await data<Entities<{ id: string; interventions: { id: string }[] }>>(
        sg,
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { id interventions { id } } } }',
        {
          r: [
            { __typename: 'Organisation', id: 'scio-groep' },
            { __typename: 'Organisation', id: 'no-such-organisation' },
            { __typename: 'Organisation', id: 'jens' },
            { __typename: 'Organisation', id: 'gemeente-kerkrade' },
          ],
        },
      );
      expect(res._entities).toEqual([
        { id: 'scio-groep', interventions: [{ id: 'hoorn-samen-van-start-startpunt' }] },
        { id: 'no-such-organisation', interventions: [] },
        { id: 'jens', interventions: [{ id: 'voerendaal-npo-plan' }] },
        { id: 'gemeente-kerkrade', interventions: [{ id: 'parkstad-soepele-overstap-po-vo' }] },
      ]);
    });
  });
}
