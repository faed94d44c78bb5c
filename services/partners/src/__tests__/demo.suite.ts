import { DEMO_ORGANISATIONS, MIK_PIW_MUNICIPALITIES, syntheticOrganisations } from '@kansrijk/demo';
import { IsNull, Not } from 'typeorm';
import { Coalition, CoalitionMember, GovernanceBody, Organisation } from '../entities';
import { dataOf, type Subgraph } from './helpers';

const MEMBER_FIELDS = 'role participation statement ambition mission problemAddressed commitment staffDeployed organisation { id }';
const BODY_FIELDS = 'id kind name purpose meetingsPerYear cadence members { id } roles { title description holder { id } }';

interface Member {
  role: string;
  participation: string;
  statement: string | null;
  ambition: string | null;
  mission: string | null;
  problemAddressed: string | null;
  commitment: string | null;
  staffDeployed: string | null;
  organisation: { id: string };
}
interface Body {
  id: string;
  kind: string;
  name: string;
  purpose: string | null;
  meetingsPerYear: number | null;
  cadence: string | null;
  members: { id: string }[];
  roles: { title: string; description: string | null; holder: { id: string } | null }[];
}
interface CoalitionResult {
  name: string;
  questionZero: string | null;
  ambition: string | null;
  principles: string[];
  members: Member[];
  bodies: Body[];
}

const PACT_ORDER = [
  'basisschool-de-krokodaris',
  'spovenray',
  'kc-krokodaris',
  'kinderopvang-t-nest',
  'unik',
  'jgz-ggd-venray',
  'synthese',
  'gemeente-venray',
  'wijkcentrum-brukske',
  'wonen-limburg',
];

export function demoSuite(subgraph: Subgraph) {
  const coalition = async (id: string) =>
    dataOf(
      await subgraph().query<{ coalition: CoalitionResult }>(
        `query ($id: ID!) { coalition(id: $id) { name questionZero ambition principles members { ${MEMBER_FIELDS} } bodies { ${BODY_FIELDS} } } }`,
        { id },
      ),
    ).coalition;

  it('loads every registry organisation, the synthetic ones marked, and the two coalitions', async () => {
    const db = subgraph().dataSource;
    expect(await db.getRepository(Organisation).countBy({ synthetic: false })).toBe(DEMO_ORGANISATIONS.length);
    expect(await db.getRepository(Organisation).countBy({ synthetic: true })).toBe(syntheticOrganisations().length);
    // No source gives a BRIN, LRK or KvK number, so none is made up.
    for (const column of ['brin', 'lrkNumber', 'kvkNumber'] as const) {
      expect(await db.getRepository(Organisation).countBy({ [column]: Not(IsNull()) })).toBe(0);
    }
    expect(await db.getRepository(Coalition).count()).toBe(2);
    expect(await db.getRepository(CoalitionMember).count()).toBe(10 + 7);
    expect(await db.getRepository(GovernanceBody).count()).toBe(5 + 1);
  });

  describe('Venray, coalitiepact Brukske (seed 000)', () => {
    let brukske: CoalitionResult;
    beforeAll(async () => {
      brukske = await coalition('venray-brukske');
    });

    it('has the ten signatories as coalition partners, in the order of the pact', () => {
      expect(brukske.members.map((m) => m.organisation.id)).toEqual(PACT_ORDER);
      expect(brukske.members.every((m) => m.role === 'COALITION_PARTNER' && m.participation === 'ACTIVE')).toBe(true);
    });

    it('quotes question zero, the ambition and the foundations as printed', () => {
      expect(brukske.questionZero).toBe(
        'hoe creëren we gelijke kansen en stimuleren we talentontwikkeling voor alle kinderen (van 0-13 jaar) in de wijk Brukske, zodat kinderen zich kunnen ontwikkelen in een gezonde, kansrijke en veilige omgeving?',
      );
      expect(brukske.ambition).toBe(
        'We willen een kansrijke en gezonde jeugd voor alle kinderen en specifiek binnen deze coalitie voor de kinderen in Brukske.',
      );
      expect(brukske.principles).toEqual([
        'gezamenlijk eigenaarschap; gelijkwaardigheid en gezamenlijke verantwoordelijkheid',
        'groot denken, klein doen',
        'van delen van acties naar samen in actie (verbinding)',
        'samenwerking met ouders',
        'monitoring',
        'ontwikkeling en uitvoering o.b.v. leerproces (voorbereiden, uitvoeren en monitoren, evalueren en borgen)',
      ]);
    });

    it("copies each partner's section, null where the pact leaves it empty", () => {
      const member = (id: string) => brukske.members.find((m) => m.organisation.id === id)!;
      expect(member('basisschool-de-krokodaris')).toMatchObject({
        statement: expect.stringMatching(/^Als school voelen wij ons maatschappelijk betrokken/),
        ambition: expect.stringMatching(/^School in de wijk worden voor alle kinderen in de wijk Brukske/),
        problemAddressed: expect.stringMatching(/^We streven naar kansengelijkheid\./),
        staffDeployed: 'directeur en locatieleider',
      });
      expect(member('kc-krokodaris')).toMatchObject({
        statement: null, ambition: null, mission: null, problemAddressed: null, commitment: null, staffDeployed: null,
      });
      expect(member('jgz-ggd-venray')).toMatchObject({
        ambition: null,
        mission: 'Onze kernactiviteit is het bevorderen van de gezondheid met name door het tegengaan en vroegtijdig opsporen van ziekten (preventie).',
        problemAddressed: null,
        commitment: null,
        staffDeployed: null,
      });
      expect(member('unik')).toMatchObject({ commitment: null, staffDeployed: 'operationeel manager' });
      expect(member('synthese')).toMatchObject({ ambition: null, staffDeployed: 'opbouwwerker, (coördinator) gezinscoach (Synthese, MEE, BJZ)' });
      expect(member('wonen-limburg')).toMatchObject({ problemAddressed: null, staffDeployed: 'senior medewerker leefbaarheid' });
      expect(member('gemeente-venray')).toMatchObject({
        ambition: 'Gezonde toekomst voor Venray/Brukske en gelijke kansen voor alle kinderen',
        staffDeployed: 'beleidsadviseur gezondheid/sport, beleidsadviseur onderwijs, JOGG-regisseur',
      });
      expect(member('spovenray').commitment).toBe(
        'SPOV levert het op dat er groei in partnerschap ontstaat. Je verbinding met de leefomgeving gaat er op vooruit. Je wordt de school in de wijk.',
      );
    });

    it('has a stuurgroep of all ten that meets twice a year', () => {
      const stuurgroep = brukske.bodies.find((b) => b.kind === 'STEERING_GROUP')!;
      expect(stuurgroep).toMatchObject({ name: 'Stuurgroep', meetingsPerYear: 2, cadence: 'Twee keer per jaar', roles: [] });
      expect(stuurgroep.purpose).toMatch(/^De stuurgroep bestaat uit bestuurders van de coalitiepartners\./);
      expect(stuurgroep.members.map((m) => m.id)).toEqual(PACT_ORDER);
    });

    it('has a kerngroep of six, about every six weeks, with two roles not yet appointed', () => {
      const kerngroep = brukske.bodies.find((b) => b.kind === 'CORE_GROUP')!;
      expect(kerngroep).toMatchObject({ name: 'Kerngroep', meetingsPerYear: 9, cadence: 'gemiddeld 1 keer in de zes weken' });
      expect(kerngroep.members.map((m) => m.id)).toEqual([
        'basisschool-de-krokodaris',
        'kinderopvang-t-nest',
        'spovenray',
        'jgz-ggd-venray',
        'wijkcentrum-brukske',
        'gemeente-venray',
      ]);
      expect(kerngroep.roles).toEqual([
        { title: 'coalitie regisseur', description: expect.stringMatching(/^De coalitie regisseur geeft leiding aan/), holder: null },
        { title: 'coalitiepact bewaker', description: expect.stringMatching(/^De coalitiepact bewaker bewaakt de gezamenlijke ambitie/), holder: null },
      ]);
    });

    it('has three werkgroepen on the topics of the pact, members not named', () => {
      const werkgroepen = brukske.bodies.filter((b) => b.kind === 'WORKING_GROUP');
      expect(werkgroepen.map((b) => b.name)).toEqual([
        'Werkgroep 1: Doelgroep betrekken',
        'Werkgroep 2: Omgeving leefbaarder en gezonder maken',
        'Werkgroep 3: Interventieaanbod',
      ]);
      expect(werkgroepen[1].purpose).toBe('leefstijl bevorderen, sport activeren, taal bevorderen en buurten verbeteren.');
      expect(werkgroepen.every((b) => b.members.length === 0 && b.meetingsPerYear === null)).toBe(true);
    });
  });

  describe('Voerendaal, LEA (seed 004)', () => {
    let lea: CoalitionResult;
    beforeAll(async () => {
      lea = await coalition('voerendaal-lea');
    });

    it('has the LEA partners, Zoet and Zonnestraal following at a distance', () => {
      expect(lea.name).toBe('Lokale Educatieve Agenda Voerendaal');
      expect(lea.members.map((m) => [m.organisation.id, m.role, m.participation])).toEqual([
        ['gemeente-voerendaal', 'COALITION_PARTNER', 'ACTIVE'],
        ['innovo', 'COALITION_PARTNER', 'ACTIVE'],
        ['humankind', 'COALITION_PARTNER', 'ACTIVE'],
        ['kinderopvang-op-t-bergske', 'COALITION_PARTNER', 'ACTIVE'],
        ['jens', 'COALITION_PARTNER', 'ACTIVE'],
        ['kinderopvang-zoet', 'OTHER_PARTNER', 'AT_A_DISTANCE'],
        ['bso-zonnestraal', 'OTHER_PARTNER', 'AT_A_DISTANCE'],
      ]);
      expect(lea.members.find((m) => m.organisation.id === 'jens')!.commitment).toContain('extra uren SMW');
    });

    it('has a regiegroep for the NPO plan that meets four times a year', () => {
      expect(lea.bodies).toHaveLength(1);
      expect(lea.bodies[0]).toMatchObject({
        kind: 'STEERING_GROUP',
        name: 'Regiegroep NPO-plan',
        meetingsPerYear: 4,
        members: [{ id: 'gemeente-voerendaal' }],
      });
      expect(lea.bodies[0].roles.map((r) => [r.title, r.holder?.id ?? null])).toEqual([
        ['schooldirecteur', null],
        ['locatiemanager opvang', null],
        ['beleidsadviseur gemeente', 'gemeente-voerendaal'],
      ]);
    });

    it('types the Humankind locations, with VE in the peuteropvang', async () => {
      const data = dataOf(
        await subgraph().query<{ organisation: { parts: { id: string; childcareType: string | null; offersEarlyEducation: boolean | null }[] } }>(
          '{ organisation(id: "humankind") { parts { id childcareType offersEarlyEducation } } }',
        ),
      );
      const parts = Object.fromEntries(data.organisation.parts.map((p) => [p.id, [p.childcareType, p.offersEarlyEducation]]));
      expect(parts).toEqual({
        'humankind-de-auvermennekes': ['PSZ', true],
        'humankind-de-eerste-stap': ['PSZ', true],
        'humankind-de-eerste-sprong': ['PSZ', true],
        'humankind-t-bengeltje': ['PSZ', true],
        'humankind-peuteropvang-ubachsberg': ['PSZ', true],
        'humankind-catootje': ['KDV', null],
        'humankind-bso-bommes': ['BSO', null],
        'humankind-bso-foekepot': ['BSO', null],
      });
    });
  });

  it('has MIK & PIW Groep with its six parts and eleven municipalities (seed 002)', async () => {
    const data = dataOf(
      await subgraph().query<{
        organisation: { kind: string; description: string; parts: { id: string; parent: { id: string } }[]; municipalities: { code: string }[] };
      }>('{ organisation(id: "mik-piw-groep") { kind description parts { id parent { id } } municipalities { code } } }'),
    );
    const groep = data.organisation;
    expect(groep.kind).toBe('GROUP');
    expect(groep.description).toContain('1 september 2019');
    expect(groep.parts.map((p) => p.id).sort()).toEqual(
      ['cjg-westelijke-mijnstreek', 'ecsplore', 'knooppunt-informele-zorg', 'mik-kinderopvang', 'partners-in-welzijn', 'spelenderwijs'],
    );
    expect(groep.parts.every((p) => p.parent.id === 'mik-piw-groep')).toBe(true);
    expect(groep.municipalities).toHaveLength(11);
    expect(groep.municipalities.map((m) => m.code).sort()).toEqual([...MIK_PIW_MUNICIPALITIES].sort());
  });

  it('lists the coalitions an organisation is a member of', async () => {
    const data = dataOf(
      await subgraph().query<{ organisation: { memberships: { coalition: { id: string }; role: string }[] } }>(
        '{ organisation(id: "bso-zonnestraal") { memberships { coalition { id } role } } }',
      ),
    );
    expect(data.organisation.memberships).toEqual([{ coalition: { id: 'voerendaal-lea' }, role: 'OTHER_PARTNER' }]);
  });

  it('marks the synthetic VE locations as offering VE', async () => {
    const data = dataOf(
      await subgraph().query<{ organisation: { synthetic: boolean; offersEarlyEducation: boolean; kind: string } }>(
        '{ organisation(id: "synthetic-ve-gm0512-1") { synthetic offersEarlyEducation kind } }',
      ),
    );
    expect(data.organisation).toEqual({ synthetic: true, offersEarlyEducation: true, kind: 'CHILDCARE_LOCATION' });
  });
}
