import { data, type Subgraph } from './harness';

/** The fifteen GKA interventions of seed 001 and the municipality each runs in (Parkstad under Kerkrade). */
const GKA: Record<string, string> = {
  'gorinchem-g-town': 'GM0512',
  'midden-groningen-soepele-overstap-po-vo': 'GM1952',
  'sudwest-fryslan-weekendschool': 'GM1900',
  'amersfoort-social-worker-po': 'GM0307',
  'oldenzaal-twentse-belofte-ipw': 'GM0173',
  'hoogeveen-verbindende-aanpak': 'GM0118',
  'alkmaar-wegwijs-in-gedrag': 'GM0361',
  'westerkwartier-inclusief-onderwijs': 'GM1969',
  'oude-ijsselstreek-ouderconsulent': 'GM1509',
  'den-bosch-community-aanpak-gelijke-kansen': 'GM0796',
  'hoorn-samen-van-start-startpunt': 'GM0405',
  'parkstad-soepele-overstap-po-vo': 'GM0928',
  'helmond-kracht-van-de-moedertaal': 'GM0794',
  'almere-als-ik-later-groot-ben': 'GM0034',
  'heerenveen-wijkaanpak-de-greiden': 'GM0074',
};

/** The matrix at the end of §5 of Voerendaal's NPO plan. */
const NPO_MATRIX: Record<string, string[]> = {
  a: ['SCHOOL_WIDE_MEASURES', 'PRESCHOOL_PERIOD', 'CARE_AND_WELLBEING', 'COOPERATION'],
  b: ['CARE_AND_WELLBEING', 'COOPERATION'],
  c: ['PRESCHOOL_PERIOD', 'COOPERATION'],
  d: ['SCHOOL_WIDE_MEASURES', 'COOPERATION'],
  e: ['SCHOOL_WIDE_MEASURES', 'COOPERATION'],
  f: ['PRESCHOOL_PERIOD', 'COOPERATION'],
  g: ['SCHOOL_WIDE_MEASURES', 'PRESCHOOL_PERIOD', 'CARE_AND_WELLBEING', 'COOPERATION'],
  h: ['SCHOOL_WIDE_MEASURES', 'PRESCHOOL_PERIOD', 'CARE_AND_WELLBEING', 'COOPERATION'],
  i: ['SCHOOL_WIDE_MEASURES', 'COOPERATION'],
};

interface CoalitionModel {
  themes: { code: string; name: string; description: string | null; goals: { kind: string; text: string }[]; interventions: { id: string }[] }[];
  interventions: { id: string; name: string; coalition: { id: string } }[];
}

const COALITION = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Coalition {
  themes { code name description goals { kind text } interventions { id } }
  interventions { id name coalition { id } }
} } }`;

export function contractDataTests(sg: Subgraph) {
  describe('the demo values of the contract', () => {
    it('InterventionCatalogue without a theme: the fifteen GKA interventions, each in its municipality', async () => {
      const res = await data<{ interventions: { edges: { node: { id: string; region: string | null; municipality: { code: string } } }[] } }>(
        sg,
        '{ interventions(first: 100) { edges { node { id region municipality { code } } } } }',
      );
      const where = Object.fromEntries(res.interventions.edges.map((e) => [e.node.id, e.node.municipality.code]));
      for (const [id, code] of Object.entries(GKA)) expect([id, where[id]]).toEqual([id, code]);
      const parkstad = res.interventions.edges.find((e) => e.node.id === 'parkstad-soepele-overstap-po-vo');
      expect(parkstad?.node.region).toBe('Parkstad (Heerlen, Kerkrade, Landgraaf, Brunssum)');
    });

    it('gives each of the fifteen GKA interventions its content: summary, results, lessons, working elements, its leestips', async () => {
      const ids = Object.keys(GKA);
      const res = await data<{ _entities: { id: string; summary: string | null; reachText: string | null; lessons: string[]; workingElements: string[]; sources: string[]; themes: unknown[]; organisations: unknown[] }[] }>(
        sg,
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Intervention {
          id summary reachText lessons workingElements sources themes { code } organisations { id }
        } } }`,
        { r: ids.map((id) => ({ __typename: 'Intervention', id })) },
      );
      for (const i of res._entities) {
        const shape = {
          id: i.id, summary: Boolean(i.summary), lessons: i.lessons.length > 0, workingElements: i.workingElements.length > 0,
          bundle: i.sources[0], leestips: i.sources.slice(1).every((t) => t.startsWith('Leestip: ')) && i.sources.length > 1,
          themes: i.themes.length > 0, organisations: i.organisations.length > 0,
        };
        expect(shape).toEqual({ id: i.id, summary: true, lessons: true, workingElements: true, bundle: 'Gelijke Kansen Alliantie, "Land vol kansen"', leestips: true, themes: true, organisations: true });
      }
      expect(res._entities.map((i) => i.id)).toEqual(ids);
    });

    it('InterventionActivities for Voerendaal: the NPO plan, activities a-i with the ticked categories and indicators', async () => {
      const res = await data<{
        _entities: { interventions: { id: string; activities: { id: string; code: string; title: string; npoCategories: string[]; indicators: { name: string; target: string | null }[] }[] }[] }[];
      }>(
        sg,
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality {
          interventions { id activities { id code title npoCategories indicators { name target } } }
        } } }`,
        { r: [{ __typename: 'Municipality', code: 'GM0986' }] },
      );
      const plan = res._entities[0].interventions.find((i) => i.id === 'voerendaal-npo-plan');
      expect(plan).toBeDefined();
      const activities = plan!.activities;
      expect(activities.map((a) => a.id)).toEqual('abcdefghi'.split('').map((c) => `voerendaal-npo-${c}`));
      expect(Object.fromEntries(activities.map((a) => [a.code, a.npoCategories]))).toEqual(NPO_MATRIX);
      expect(activities[3].title).toBe('Onderzoek of een leerlijn muziek uitgevoerd kan worden op scholen');
      expect(activities.every((a) => a.indicators.length > 0)).toBe(true);
      expect(activities[2].indicators[0]).toEqual({ name: 'Activiteiten per koppel uitgevoerd', target: '4 activiteiten per koppel' });
      expect(activities[6].indicators[0].target).toBe('tenminste 4 ouderbijeenkomsten per koppel');
      expect(activities[1].indicators.map((i) => i.name)).toContain('Aantal kinderen dat extra begeleiding heeft gehad door JENS');
    });

    it('Coalition venray-brukske: three themes with their MEER and BETER goals, and its interventions', async () => {
      const res = await data<{ _entities: CoalitionModel[] }>(sg, COALITION, { r: [{ __typename: 'Coalition', id: 'venray-brukske' }] });
      const model = res._entities[0];
      expect(model.themes.map((t) => [t.name, t.description])).toEqual([
        ['Talentontwikkeling en gelijke kansen', null],
        ['Gezonde jeugd', 'voeding, bewegen en mentaal welbevinden'],
        ['Gezonde leefomgeving', null],
      ]);
      expect(model.themes.map((t) => t.goals.map((g) => g.kind))).toEqual([
        ['MORE', 'MORE', 'MORE', 'BETTER', 'BETTER'],
        ['MORE', 'MORE', 'MORE'],
        ['MORE', 'MORE', 'BETTER', 'BETTER'],
      ]);
      expect(model.themes[0].goals[0].text).toBe('Meer samenwerking tussen onderwijs, opvang en andere (zorg)partners');
      expect(model.themes[2].goals[3].text).toBe('Verbinden rol MFC kan beter');
      expect(model.themes[1].interventions.map((i) => i.id).sort()).toEqual([
        'venray-brukske-bewegen', 'venray-brukske-mentaal-welbevinden', 'venray-brukske-voeding',
      ]);
      // By theme, then by name.
      expect(model.interventions.map((i) => i.name)).toEqual([
        'Cultuur in de Klas CiK en Jeugd Cultuur Fonds', 'Ok-ay (Onderwijskansen venrAY)', 'Stichting Leergeld',
        'Bewegen', 'Mentaal welbevinden', 'Voeding',
        'Inrichting speelterrein', 'Kinderwijkraad', 'Wijkplatform', 'Wijkteam',
      ]);
      expect(model.interventions.every((i) => i.coalition.id === 'venray-brukske')).toBe(true);
    });

    it('Coalition voerendaal-lea: the four LEA goals and the extra theme, no MEER/BETER goals, the NPO plan under each', async () => {
      const res = await data<{ _entities: CoalitionModel[] }>(sg, COALITION, { r: [{ __typename: 'Coalition', id: 'voerendaal-lea' }] });
      const model = res._entities[0];
      expect(model.themes.map((t) => t.name)).toEqual([
        'De jeugd in Voerendaal is positief gezond',
        'De jeugd in Voerendaal ontwikkelt zijn of haar talent',
        'De integrale aanpak in de kindcentra gezamenlijk inhoudelijk ontwikkelen',
        'Verbinding onderwijs en zorg daar waar dit nodig is en meerwaarde biedt',
        'Goed omgaan met de wereld om je heen',
      ]);
      expect(model.themes.every((t) => t.goals.length === 0)).toBe(true);
      expect(model.themes.map((t) => t.interventions)).toEqual(model.themes.map(() => [{ id: 'voerendaal-npo-plan' }]));
      expect(model.interventions.map((i) => i.id)).toEqual(['voerendaal-npo-plan']);
    });
  });
}
