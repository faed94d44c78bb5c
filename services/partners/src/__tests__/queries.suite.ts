import { DEMO_MUNICIPALITIES } from '@kansrijk/demo';
import { dataOf, expectBadUserInput, type Subgraph } from './helpers';

export function queriesSuite(subgraph: Subgraph) {
  it('finds a municipality by its CBS code, with its organisations and coalitions', async () => {
    const data = dataOf(
      await subgraph().query<{ municipality: { code: string; name: string; province: string; organisations: { id: string }[]; coalitions: { id: string }[] } }>(
        'query ($code: ID!) { municipality(code: $code) { code name province organisations { id } coalitions { id } } }',
        { code: 'GM0984' },
      ),
    );
    const { organisations, coalitions, ...municipality } = data.municipality;
    expect(municipality).toEqual({ code: 'GM0984', name: 'Venray', province: 'Limburg' });
    expect(coalitions).toEqual([{ id: 'venray-brukske' }]);
    expect(organisations.map((o) => o.id)).toEqual(
      expect.arrayContaining(['basisschool-de-krokodaris', 'kinderopvang-t-nest', 'gemeente-venray', 'wonen-limburg']),
    );
    expect(organisations.map((o) => o.id)).not.toContain('innovo');
  });

  it('lists every demo municipality, ordered by name', async () => {
    const data = dataOf(await subgraph().query<{ municipalities: { code: string; name: string }[] }>('{ municipalities { code name } }'));
    expect(data.municipalities).toHaveLength(DEMO_MUNICIPALITIES.length);
    const names = data.municipalities.map((m) => m.name);
    // The test databases use the C collation: byte order, as JavaScript's default sort.
    expect(names).toEqual([...names].sort());
    expect(names).toContain('Súdwest-Fryslân');
    expect(new Set(data.municipalities.map((m) => m.code))).toEqual(new Set(DEMO_MUNICIPALITIES.map((m) => m.code)));
  });

  it.each(['GM98', 'gm0984', 'GM09841', '', 'Venray'])('refuses the malformed municipality code %p, naming `code`', async (code) => {
    const res = await subgraph().query('query ($code: ID!) { municipality(code: $code) { code } }', { code });
    expectBadUserInput(res, 'code');
    expect(res.data?.municipality ?? null).toBeNull();
  });

  it('refuses an unknown municipality code, naming `code`', async () => {
    const res = await subgraph().query('query ($code: ID!) { municipality(code: $code) { code } }', { code: 'GM9999' });
    expectBadUserInput(res, 'code');
    expect(res.errors![0].message).toContain('GM9999');
  });

  it('finds an organisation by id, with parent, parts, municipalities and memberships', async () => {
    const data = dataOf(
      await subgraph().query<{ organisation: Record<string, unknown> }>(
        `query ($id: ID!) { organisation(id: $id) {
          id name kind description parent { id } parts { id } municipalities { code }
          brin lrkNumber kvkNumber childcareType offersEarlyEducation synthetic
          memberships { role participation coalition { id } organisation { id } }
        } }`,
        { id: 'basisschool-de-krokodaris' },
      ),
    );
    expect(data.organisation).toEqual({
      id: 'basisschool-de-krokodaris',
      name: 'Basisschool de Krokodaris',
      kind: 'SCHOOL',
      description: expect.stringContaining('Brukske'),
      parent: { id: 'spovenray' },
      parts: [],
      municipalities: [{ code: 'GM0984' }],
      brin: null,
      lrkNumber: null,
      kvkNumber: null,
      childcareType: null,
      offersEarlyEducation: null,
      synthetic: false,
      memberships: [
        { role: 'COALITION_PARTNER', participation: 'ACTIVE', coalition: { id: 'venray-brukske' }, organisation: { id: 'basisschool-de-krokodaris' } },
      ],
    });
  });

  it('answers null for an unknown organisation or coalition', async () => {
    const data = dataOf(await subgraph().query('{ organisation(id: "nope") { id } coalition(id: "nope") { id } }'));
    expect(data).toEqual({ organisation: null, coalition: null });
  });

  it('finds a coalition with its municipality, members, bodies and roles', async () => {
    const data = dataOf(
      await subgraph().query<{ coalition: Record<string, unknown> }>(
        `{ coalition(id: "venray-brukske") {
          id name kind area startYear endYear source municipality { code name }
          members { organisation { id } coalition { id } joinedOn }
          bodies { id kind name members { id } roles { title holder { id } } }
        } }`,
      ),
    );
    expect(data.coalition).toMatchObject({
      id: 'venray-brukske',
      name: 'Gezonde basisschool in de wijk Brukske',
      kind: 'COALITION',
      area: 'wijk Brukske',
      startYear: 2021,
      endYear: 2024,
      source: 'Coalitiepact gezonde basisschool in de wijk Brukske, gemeente Venray (GKA 2021-2024)',
      municipality: { code: 'GM0984', name: 'Venray' },
    });
    const members = data.coalition.members as { coalition: { id: string }; joinedOn: string | null }[];
    expect(members.every((m) => m.coalition.id === 'venray-brukske' && m.joinedOn === null)).toBe(true);
    const bodies = data.coalition.bodies as { id: string; kind: string }[];
    expect(bodies.map((b) => [b.id, b.kind])).toEqual([
      ['venray-brukske-stuurgroep', 'STEERING_GROUP'],
      ['venray-brukske-kerngroep', 'CORE_GROUP'],
      ['venray-brukske-werkgroep-1', 'WORKING_GROUP'],
      ['venray-brukske-werkgroep-2', 'WORKING_GROUP'],
      ['venray-brukske-werkgroep-3', 'WORKING_GROUP'],
    ]);
  });

  it('lists coalitions, all or of one municipality', async () => {
    const all = dataOf(await subgraph().query<{ coalitions: { id: string }[] }>('{ coalitions { id } }'));
    expect(all.coalitions.map((c) => c.id)).toEqual(['venray-brukske', 'voerendaal-lea']);
    const voerendaal = dataOf(await subgraph().query<{ coalitions: { id: string }[] }>('{ coalitions(municipality: "GM0986") { id } }'));
    expect(voerendaal.coalitions).toEqual([{ id: 'voerendaal-lea' }]);
    const none = dataOf(await subgraph().query<{ coalitions: { id: string }[] }>('{ coalitions(municipality: "GM0556") { id } }'));
    expect(none.coalitions).toEqual([]);
  });

  it('refuses a malformed or unknown municipality in coalitions, naming `municipality`', async () => {
    expectBadUserInput(await subgraph().query('{ coalitions(municipality: "0984") { id } }'), 'municipality');
    expectBadUserInput(await subgraph().query('{ coalitions(municipality: "GM9999") { id } }'), 'municipality');
  });
}
