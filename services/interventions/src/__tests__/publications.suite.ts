import { data, statementsDuring, type Subgraph } from './harness';

/**
 * The ten general lessons of "Land vol kansen" (seed 001, "Wat hebben we geleerd?"), copied from the
 * source for this test: number, heading and text as written, only the PDF's line breaks undone.
 */
const LESSONS: [number, string, string][] = [
  [1, 'Sluit aan op de belevingswereld van ouders en kinderen',
    'Neem het perspectief van de ouders en kinderen mee in de ontwikkelfase. Breng hun situatie in kaart en zorg dat jouw interventie goed aansluit op hun belevingswereld. Ieder kind heeft een eigen verhaal en daar zijn we ons niet altijd bewust van. Stel vragen in plaats van te oordelen.'],
  [2, 'Zet in op betrouwbaarheid richting de doelgroep',
    'Dit klinkt logisch, maar is in de praktijk soms lastig. Zorg ervoor dat je beloftes waar kan maken. Win het vertrouwen van ouders door te helpen op een manier die bij hun situatie past. Doe wat je zegt en zeg wat je doet. Dat schept vertrouwen en zorgt ervoor dat de drempel om hulp te vragen lager wordt.'],
  [3, 'Zet in op een vraaggerichte aanpak',
    'Zet de vraag van het kind en eventueel de ouders centraal en bied waar mogelijk maatwerk. Werk vanuit hun behoefte en blijf inchecken of de interventie daadwerkelijk aansluit.'],
  [4, 'Zorg voor goede samenwerking onderling',
    'Breng alle betrokkenen bij de interventie in kaart. Zorg ervoor dat je regelmatig afstemt, verdiep je in elkaars werkwijze en expertise en sluit hier op aan. Kortom; het is niet nodig om het wiel opnieuw uit te vinden. Zet in op het versterken van de betrokkenheid van alle partijen. Bij deze manier van werken breng je ook samen de visie en doelen in kaart.'],
  [5, 'Oefen met meervoudig perspectief',
    'Leer om meervoudig perspectief in te nemen. Dit sluit aan op les 1. Dat betekent dat je niet alleen naar het kind kijkt, maar ook naar je eigen handelen en dat van ouders en andere betrokkenen. Het gaat dus niet om het \'oplossen\' van gedrag, maar om bewustwording van je eigen rol. Kijk vanuit het perspectief van het kind en oordeel niet meteen. Door meteen een aanname te doen, ga je eerder uit de relatie met het kind dan dat je de relatie versterkt.'],
  [6, 'Zorg voor laagdrempelige communicatie',
    'Maak het makkelijk om hulp te vragen. Toegankelijkheid verlaagt de drempel hiertoe. Denk aan toegankelijke manieren van contact. Benader ouders actief en geef ze inzicht in de mogelijkheden tot hulp en ondersteuning.'],
  [7, 'Zorg goed voor je eigen mensen',
    'Naast het zoeken van verbinding en versterken onderling is het ook belangrijk om je eigen mensen zo goed mogelijk te faciliteren en ondersteunen. Breng goed in kaart wat het team nodig heeft om volop te kunnen functioneren.'],
  [8, 'Ga ongemak niet uit de weg',
    'Wrijving leidt tot glans. Ga binnen de samenwerking, maar ook richting de kinderen het ongemak niet uit de weg. Dat leidt soms tot spanning, maar juist dan ontstaat de mogelijkheid om met elkaar het gesprek aan te gaan. Het doel is niet om ongemak te vermijden, maar te onderzoeken: waarom voelt dit ongemakkelijk en hoe ga je ermee om? Dit leidt tot eerlijke communicatie en maakt duidelijk wat ieders behoefte is.'],
  [9, 'Betrek ouders als volwaardige partner en werk met hen samen',
    'Blijf aandacht houden voor participatie. Zie ouders niet alleen als doelgroep, maar als volwaardige pedagogische partners die participeren. Betrek ze bij de ontwikkeling en inzet van interventies en vraag ze ook tijdens processen om inbreng en evaluatie.'],
  [10, 'Zorg ervoor dat alle neuzen dezelfde kant opstaan',
    'Zorg voor een gedeelde visie en stel samen doelen op en blijf hierin investeren. Betrek daarbij alle partijen, ook de partijen die niet direct meewerken, maar wel betrokken zijn. Een gedeelde visie zorgt voor minder ruis en gedeeld eigenaarschap. Dit is een doorlopend proces waar je tijd in moet blijven investeren. Borging is daarbij ook van belang. Zorg ervoor dat de samenwerking duurzaam is en veranker het in de werkwijze. Dat betekent dat kennis overdraagbaar moet zijn en dat investeert in een structuur die dit mogelijk maakt.'],
];

/** The fifteen stories of the bundle, in the order of its table of contents. */
const GKA_IDS = [
  'gorinchem-g-town', 'midden-groningen-soepele-overstap-po-vo', 'sudwest-fryslan-weekendschool', 'amersfoort-social-worker-po',
  'oldenzaal-twentse-belofte-ipw', 'hoogeveen-verbindende-aanpak', 'alkmaar-wegwijs-in-gedrag', 'westerkwartier-inclusief-onderwijs',
  'oude-ijsselstreek-ouderconsulent', 'den-bosch-community-aanpak-gelijke-kansen', 'hoorn-samen-van-start-startpunt',
  'parkstad-soepele-overstap-po-vo', 'helmond-kracht-van-de-moedertaal', 'almere-als-ik-later-groot-ben', 'heerenveen-wijkaanpak-de-greiden',
];

type Lesson = { number: number; heading: string; text: string };
type Publication = {
  id: string; title: string; publisher: string; year: number | null; introduction: string | null; introductionAuthor: string | null;
  lessonsHeading: string | null; lessonsIntroduction: string | null; lessons: Lesson[]; interventions: { id: string; name: string }[];
};

const PUBLICATION = `id title publisher year introduction introductionAuthor lessonsHeading lessonsIntroduction
  lessons { number heading text } interventions { id name }`;

export function publicationTests(sg: Subgraph) {
  describe('publications (publicaties)', () => {
    it('holds "Land vol kansen" with its cover, its introduction and no year, because the bundle states none', async () => {
      const res = await data<{ publications: Publication[] }>(sg, `{ publications { ${PUBLICATION} } }`);
      expect(res.publications).toHaveLength(1);
      const [p] = res.publications;
      expect(p).toMatchObject({
        id: 'gka-land-vol-kansen',
        title: 'Land vol kansen',
        publisher: 'Gelijke Kansen Alliantie',
        year: null,
        introductionAuthor: 'Annelies Blommers, (Waarnemend) Hoofd Gelijke Kansen Alliantie',
        lessonsHeading: 'Wat hebben we geleerd?',
        lessonsIntroduction:
          'Iedere interventie is uniek. In deze bundel geven we je een inkijkje in het hoe en waarom. Maar wat hebben de interventies ' +
          'gemeen? Welke lessen kunnen we eruit leren? Op deze pagina vind je de tien belangrijkste lessen die deze ' +
          'interventieontwikkelaars en -uitvoerders hebben geleerd. Laat je meenemen langs praktijkervaringen die laten zien wat écht ' +
          'werkt en ontdek hoe kleine stappen soms leiden tot groot verschil.',
      });
      const paragraphs = p.introduction!.split('\n\n');
      expect(paragraphs).toHaveLength(5);
      expect(paragraphs[0]).toBe('Beste lezer,');
      expect(paragraphs[1]).toMatch(/^Elke leerling verdient de kans om diens talent te ontdekken, .* het verschil te maken voor kinderen, jongeren en hun gezinnen\.$/);
      expect(paragraphs[2]).toContain('Op 101 plekken – van noord tot zuid, van kleine dorpen tot grote steden –');
      expect(paragraphs[2]).toContain('Tussen 2021 en 2024 zijn overal in het land interventies uitgevoerd');
      expect(paragraphs[3]).toMatch(/^In deze bundel delen we een selectie van ‘parels’ uit die lokale praktijken\./);
      expect(paragraphs[4]).toMatch(/blijven doen wat verschil maakt\.$/);
      // Only the PDF's line breaks were undone: no line break is left inside a paragraph.
      expect(paragraphs.filter((t) => t.includes('\n'))).toEqual([]);
    });

    it('has the ten lessons of "Wat hebben we geleerd?", numbered 1-10, with their headings and full texts', async () => {
      const res = await data<{ publication: Publication }>(sg, `{ publication(id: "gka-land-vol-kansen") { lessons { number heading text } } }`);
      expect(res.publication.lessons.map((l) => [l.number, l.heading, l.text])).toEqual(LESSONS);
      expect(res.publication.lessons.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    });

    it('describes the fifteen GKA interventions, and each of them links back to it', async () => {
      const res = await data<{ publication: Publication; interventions: { edges: { node: { id: string; publication: { id: string } | null } }[] } }>(
        sg,
        `{ publication(id: "gka-land-vol-kansen") { interventions { id name } }
           interventions(first: 100) { edges { node { id publication { id } } } } }`,
      );
      const described = res.publication.interventions;
      expect(described.map((i) => i.id).sort()).toEqual([...GKA_IDS].sort());
      // Ordered by name, as the API promises.
      expect(described.map((i) => i.name)).toEqual([...described.map((i) => i.name)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      const linked = res.interventions.edges.filter((e) => e.node.publication).map((e) => e.node);
      expect(linked.map((i) => i.id).sort()).toEqual([...GKA_IDS].sort());
      expect(linked.every((i) => i.publication!.id === 'gka-land-vol-kansen')).toBe(true);
      // Brukske's and Voerendaal's interventions come from documents that are not publications here.
      expect(res.interventions.edges.filter((e) => e.node.id.startsWith('voerendaal')).map((e) => e.node.publication)).toEqual([null]);
    });

    it('returns null for an unknown publication', async () => {
      const res = await data<{ publication: Publication | null }>(sg, '{ publication(id: "no-such-publication") { id } }');
      expect(res.publication).toBeNull();
    });

    it('resolves Publication references and Intervention references with their publication', async () => {
      const res = await data<{ _entities: ({ id: string; title?: string; lessons?: { number: number }[]; publication?: { id: string; title: string } | null } | null)[] }>(
        sg,
        `query ($r: [_Any!]!) { _entities(representations: $r) {
          ... on Publication { id title lessons { number } }
          ... on Intervention { id publication { id title } }
        } }`,
        {
          r: [
            { __typename: 'Intervention', id: 'helmond-kracht-van-de-moedertaal' },
            { __typename: 'Publication', id: 'no-such-publication' },
            { __typename: 'Publication', id: 'gka-land-vol-kansen' },
            { __typename: 'Intervention', id: 'voerendaal-npo-plan' },
          ],
        },
      );
      expect(res._entities).toEqual([
        { id: 'helmond-kracht-van-de-moedertaal', publication: { id: 'gka-land-vol-kansen', title: 'Land vol kansen' } },
        null,
        { id: 'gka-land-vol-kansen', title: 'Land vol kansen', lessons: LESSONS.map(([number]) => ({ number })) },
        { id: 'voerendaal-npo-plan', publication: null },
      ]);
    });

    it('loads the publication of fifteen interventions with one query per relation, as for one', async () => {
      const query = `query ($r: [_Any!]!) { _entities(representations: $r) {
        ... on Intervention { id publication { id lessons { number } interventions { id } } }
      } }`;
      const one = await statementsDuring(() => data(sg, query, { r: [{ __typename: 'Intervention', id: GKA_IDS[0] }] }));
      const fifteen = await statementsDuring(() => data(sg, query, { r: GKA_IDS.map((id) => ({ __typename: 'Intervention', id })) }));
      expect(fifteen).toBe(one);
      // interventions, publications, lessons, the publications' interventions
      expect(fifteen).toBe(4);
    });
  });
}
