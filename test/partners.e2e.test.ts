/**
 * The partners half of issue 3 through the gateway: register imports found by identifier, locations
 * and neighbourhoods, and the organisation and membership mutations with their refusals per role.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Like } from 'typeorm';
import { Buurt, CoalitionMember, Neighbourhood, Organisation, OrganisationLocation, OrganisationMunicipality } from '../services/partners/src/entities';
import { partners } from '../services/partners/src/subgraph';
import type { Claims } from '@kansrijk/kit';
import type { Role } from '@kansrijk/domain';
import { startStack, type Stack } from './stack';

let stack: Stack;

/** Ids this file creates: imported organisations (by identifier) and organisations named "E2E-test ...". */
const PREFIXES = ['bevoegd-gezag-99%', 'school-99%', 'kvk-999999%', 'lrk-99900%', 'e2e-test-%'];

async function removeTestRows() {
  const db = stack.dataSources.partners;
  for (const prefix of PREFIXES) {
    await db.getRepository(CoalitionMember).delete({ organisationId: Like(prefix) });
    await db.getRepository(OrganisationLocation).delete({ organisationId: Like(prefix) });
    await db.getRepository(OrganisationMunicipality).delete({ organisationId: Like(prefix) });
    await db.getRepository(Organisation).delete({ id: Like(prefix) });
  }
  await db.getRepository(Buurt).delete({ name: Like('Testbuurt %') });
  await db.getRepository(Neighbourhood).delete({ name: Like('Testwijk %') });
}

beforeAll(async () => {
  stack = await startStack();
  await removeTestRows();
});
afterAll(async () => {
  await removeTestRows();
  await stack?.close();
});

const fixture = (name: string) => join(__dirname, '..', 'services', 'partners', 'src', '__tests__', 'fixtures', name);
const importFile = (name: string) => partners.tasks!.importers!.organisations(stack.dataSources.partners, fixture(name));

const SEARCH = `query ($filter: OrganisationFilter, $first: Int) { organisations(filter: $filter, first: $first) { totalCount edges { node {
  id name kind brin lrkNumber kvkNumber boardNumber childcareType offersEarlyEducation childPlaces registerStatus
  parent { id name } municipalities { code name }
  locations { street houseNumber postcode place municipality { code name } neighbourhoodCode buurtCode }
} } } }`;

function noErrors(res: { errors?: unknown[] }) {
  expect(res.errors).toBeUndefined();
}

function expectError(res: { data?: any; errors?: any[] }, code: string, field?: string) {
  expect(res.errors).toHaveLength(1);
  expect(res.errors![0].extensions).toEqual(expect.objectContaining({ code, ...(field ? { field } : {}) }));
}

describe('register imports, searched through the gateway', () => {
  beforeAll(async () => {
    expect(await importFile('duo-vestigingen.csv')).toMatchObject({ inserted: 5, problems: [] });
    expect(await importFile('lrk-export.csv')).toMatchObject({ inserted: 5, problems: [] });
  });

  it.each([
    ['99ZZ00', 'school-99zz00', 'SCHOOL'],
    ['99901', 'bevoegd-gezag-99901', 'SCHOOL_BOARD'],
    ['999000002', 'lrk-999000002', 'CHILDCARE_LOCATION'],
    ['99999901', 'kvk-99999901', 'CHILDCARE_ORGANISATION'],
  ])('finds the imported organisation with identifier %s', async (identifier, id, kind) => {
    const res = await stack.query(SEARCH, { filter: { identifier } });
    noErrors(res);
    expect(res.data.organisations.totalCount).toBe(1);
    expect(res.data.organisations.edges[0].node).toMatchObject({ id, kind });
  });

  it('serves a school with its board, municipality and address from DUO', async () => {
    const res = await stack.query(SEARCH, { filter: { identifier: '99ZZ00', municipality: 'GM0984', kind: 'SCHOOL', name: 'proef' } });
    noErrors(res);
    expect(res.data.organisations.edges[0].node).toMatchObject({
      name: 'Testschool De Proef',
      parent: { id: 'bevoegd-gezag-99901' },
      municipalities: [{ code: 'GM0984', name: 'Venray' }],
      locations: [{ street: 'Proefstraat', houseNumber: '1', postcode: '5800AA', place: 'VENRAY', municipality: { code: 'GM0984', name: 'Venray' }, neighbourhoodCode: null, buurtCode: null }],
    });
  });

  it('serves a childcare location with its LRK type, VE, places, status and houder', async () => {
    const res = await stack.query(SEARCH, { filter: { identifier: '999000003' } });
    noErrors(res);
    expect(res.data.organisations.edges[0].node).toMatchObject({
      name: 'Test-BSO Het Zonnetje', childcareType: 'BSO', offersEarlyEducation: false, childPlaces: 40, registerStatus: 'Uitgeschreven',
      parent: { id: 'kvk-99999902', name: 'Testhouder B.V.' }, municipalities: [{ code: 'GM0986' }],
    });
  });

  it('changes nothing on a second import', async () => {
    expect(await importFile('duo-vestigingen.csv')).toMatchObject({ inserted: 0, updated: 0, unchanged: 5 });
    expect(await importFile('lrk-export.csv')).toMatchObject({ inserted: 0, updated: 0, unchanged: 5 });
  });

  it('lets interventions link an imported school and childcare location at once: existence is asked of partners', async () => {
    const admin = await stack.token('admin');
    const id = 'gm0984-e2e-registerkoppeling';
    try {
      const res = await stack.query(
        `mutation ($input: CreateInterventionInput!) { createIntervention(input: $input) { id organisations { id name } } }`,
        { input: { municipality: 'GM0984', name: 'E2E Registerkoppeling', organisations: ['school-99zz00', 'lrk-999000002'] } }, admin,
      );
      noErrors(res);
      expect(res.data.createIntervention.organisations.map((o: { id: string }) => o.id)).toEqual(['school-99zz00', 'lrk-999000002']);
      const school = await stack.query('{ organisation(id: "school-99zz00") { name interventions { id } } }');
      expect(school.data.organisation).toEqual({ name: 'Testschool De Proef', interventions: [{ id }] });
    } finally {
      const db = stack.dataSources.interventions;
      await db.query('DELETE FROM interventions.intervention_organisation WHERE intervention_id = $1', [id]);
      await db.query('DELETE FROM interventions.intervention WHERE id = $1', [id]);
    }
  });

  it('costs the same SQL statements for a page of organisations with locations, however many it returns', async () => {
    const query = `query ($filter: OrganisationFilter) { organisations(filter: $filter, first: 100) { totalCount edges { node {
      id parent { id parts { id } } municipalities { code } locations { postcode municipality { code } neighbourhood { code } } memberships { coalition { id } }
    } } } }`;
    const small = await stack.countQueries(async () => noErrors(await stack.query(query, { filter: { municipality: 'GM0986', kind: 'SCHOOL' } })));
    const large = await stack.countQueries(async () => noErrors(await stack.query(query, { filter: { name: 'Test' } })));
    expect(large.bySubgraph.partners).toBe(small.bySubgraph.partners);
  });
});

describe('a national DUO file as published, on a regional installation', () => {
  it('imports the schools of the municipalities held here (--partial), spelled right, and the gateway finds them', async () => {
    const report = await partners.tasks!.importers!.organisations(
      stack.dataSources.partners,
      fixture(join('registers', 'duo-alle-vestigingen-bo-2025.csv')),
      { partial: true },
    );
    expect(report).toMatchObject({ kind: 'organisations (DUO vestigingen)', partial: true, read: { encoding: 'windows-1252' } });
    // Noardeast-Fryslân and Tytsjerksteradiel are not demo municipalities: their three rows are reported.
    expect(report.problems.map((p) => p.line)).toEqual([7, 8, 9]);
    const res = await stack.query(SEARCH, { filter: { identifier: '99VB00' } });
    noErrors(res);
    expect(res.data.organisations.edges[0].node).toMatchObject({
      name: 'Kindcentrum ’t Bergop', kind: 'SCHOOL', brin: '99VB00',
      municipalities: [{ code: 'GM0986', name: 'Voerendaal' }],
      locations: [{ street: 'Bostenstraat', houseNumber: '21', postcode: '6367HK', place: 'VOERENDAAL' }],
    });
    const frisian = await stack.query(SEARCH, { filter: { identifier: '99VF00' } });
    expect(frisian.data.organisations.totalCount).toBe(0);
  });
});

describe('neighbourhoods', () => {
  it('are empty in the demo data: no source gives a wijkcode', async () => {
    const res = await stack.query('{ municipality(code: "GM0984") { neighbourhoods { code name municipality { code } } } }');
    noErrors(res);
    expect(res.data.municipality.neighbourhoods).toEqual([]);
  });
});

const CREATE = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) {
  id name kind brin municipalities { code } parent { id } locations { postcode municipality { code } neighbourhoodCode buurtCode }
} }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) {
  id name description kind brin municipalities { code } parent { id } locations { postcode neighbourhoodCode }
} }`;

describe('createOrganisation and updateOrganisation', () => {
  const officer = (...municipalities: string[]) => stack.token('officer', { municipalities });
  const base = { name: 'E2E-test Kindcentrum De Proeftuin', kind: 'CHILD_CENTRE', municipalities: ['GM0984'] };

  it('lets an officer add an organisation in their own municipality, with a location', async () => {
    const res = await stack.query(
      CREATE,
      { input: { ...base, brin: '99zq00', parentId: 'spovenray', locations: [{ postcode: '5800 ab', municipality: 'GM0984', neighbourhoodCode: 'WK098401', buurtCode: 'BU09840101' }] } },
      await officer('GM0984'),
    );
    noErrors(res);
    expect(res.data.createOrganisation).toEqual({
      id: 'e2e-test-kindcentrum-de-proeftuin', name: base.name, kind: 'CHILD_CENTRE', brin: '99ZQ00',
      municipalities: [{ code: 'GM0984' }], parent: { id: 'spovenray' },
      locations: [{ postcode: '5800AB', municipality: { code: 'GM0984' }, neighbourhoodCode: 'WK098401', buurtCode: 'BU09840101' }],
    });
    const found = await stack.query(SEARCH, { filter: { identifier: '99ZQ00' } });
    expect(found.data.organisations.edges.map((e: any) => e.node.id)).toEqual(['e2e-test-kindcentrum-de-proeftuin']);
  });

  it('lets an admin add an organisation anywhere, numbering a name already taken', async () => {
    const res = await stack.query(CREATE, { input: { ...base, municipalities: ['GM0556'] } }, await stack.token('admin'));
    noErrors(res);
    expect(res.data.createOrganisation).toMatchObject({ id: 'e2e-test-kindcentrum-de-proeftuin-2', municipalities: [{ code: 'GM0556' }] });
  });

  it.each([
    ['analyst', {}],
    ['lea', { municipalities: ['GM0984'] }],
    ['partner', { organisations: ['gemeente-venray'] }],
    ['officer', { municipalities: ['GM0556'] }],
  ] as [Role, Partial<Claims>][])('refuses %s %j: FORBIDDEN, nothing written', async (role, extra) => {
    const before = await stack.dataSources.partners.getRepository(Organisation).count();
    const res = await stack.query(CREATE, { input: { ...base, name: 'E2E-test Verboden' } }, await stack.token(role, extra));
    expectError(res, 'FORBIDDEN');
    expect(res.data?.createOrganisation ?? null).toBeNull();
    expect(await stack.dataSources.partners.getRepository(Organisation).count()).toBe(before);
  });

  it('refuses an officer who adds an organisation in their own and another municipality', async () => {
    expectError(await stack.query(CREATE, { input: { ...base, municipalities: ['GM0984', 'GM0986'] } }, await officer('GM0984')), 'FORBIDDEN');
  });

  it.each([
    ['input.municipalities', { municipalities: ['GM9999'] }],
    ['input.municipalities', { municipalities: [] }],
    ['input.name', { name: '  ' }],
    ['input.brin', { brin: '99Z00' }],
    ['input.brin', { brin: '99ZQ00' }],
    ['input.brin', { kind: 'LIBRARY', brin: '99ZP00' }],
    ['input.lrkNumber', { kind: 'CHILDCARE_LOCATION', lrkNumber: '12345' }],
    ['input.kvkNumber', { kvkNumber: 'KVK12345' }],
    ['input.childPlaces', { childPlaces: -1 }],
    ['input.parentId', { parentId: 'no-such-organisation' }],
    ['input.locations[0].postcode', { locations: [{ postcode: '12345', municipality: 'GM0984' }] }],
    ['input.locations[0].municipality', { locations: [{ postcode: '5800 AA', municipality: 'GM0556' }] }],
    ['input.locations[0].neighbourhoodCode', { locations: [{ postcode: '5800 AA', municipality: 'GM0984', neighbourhoodCode: 'WK055601' }] }],
    ['input.locations[0].neighbourhoodCode', { locations: [{ postcode: '5800 AA', municipality: 'GM0984', neighbourhoodCode: 'WK0984' }] }],
    ['input.locations[0].buurtCode', { locations: [{ postcode: '5800 AA', municipality: 'GM0984', neighbourhoodCode: 'WK098401', buurtCode: 'BU09840201' }] }],
  ])('refuses bad input, naming %s, and writes nothing', async (field, change) => {
    const before = await stack.dataSources.partners.getRepository(Organisation).count();
    const res = await stack.query(CREATE, { input: { ...base, name: 'E2E-test Fout', ...change } }, await stack.token('admin'));
    expectError(res, 'BAD_USER_INPUT', field);
    expect(await stack.dataSources.partners.getRepository(Organisation).count()).toBe(before);
  });

  it('lets an officer of its municipality change it; left-out fields keep their value, null clears', async () => {
    const id = 'e2e-test-kindcentrum-de-proeftuin';
    const res = await stack.query(UPDATE, { id, input: { name: 'E2E-test Kindcentrum De Proeftuin (nieuw)', description: 'Proef.', parentId: null } }, await officer('GM0984'));
    noErrors(res);
    expect(res.data.updateOrganisation).toEqual({
      id, name: 'E2E-test Kindcentrum De Proeftuin (nieuw)', description: 'Proef.', kind: 'CHILD_CENTRE', brin: '99ZQ00',
      municipalities: [{ code: 'GM0984' }], parent: null, locations: [{ postcode: '5800AB', neighbourhoodCode: 'WK098401' }],
    });
  });

  it('refuses changes to an organisation outside the officer\'s municipalities, and moving it into one', async () => {
    const id = 'e2e-test-kindcentrum-de-proeftuin';
    expectError(await stack.query(UPDATE, { id, input: { name: 'E2E-test Overgenomen' } }, await officer('GM0556')), 'FORBIDDEN');
    expectError(await stack.query(UPDATE, { id, input: { name: 'E2E-test Overgenomen' } }, await stack.token('lea', { municipalities: ['GM0984'] })), 'FORBIDDEN');
    expectError(await stack.query(UPDATE, { id, input: { municipalities: ['GM0984', 'GM0556'] } }, await officer('GM0984')), 'FORBIDDEN');
    const stored = await stack.dataSources.partners.getRepository(Organisation).findOneByOrFail({ id });
    expect(stored.name).toBe('E2E-test Kindcentrum De Proeftuin (nieuw)');
  });

  it('refuses bad changes, naming the field', async () => {
    const admin = await stack.token('admin');
    const id = 'e2e-test-kindcentrum-de-proeftuin';
    expectError(await stack.query(UPDATE, { id: 'no-such-organisation', input: { name: 'x' } }, admin), 'BAD_USER_INPUT', 'id');
    expectError(await stack.query(UPDATE, { id, input: { name: null } }, admin), 'BAD_USER_INPUT', 'input.name');
    expectError(await stack.query(UPDATE, { id, input: { parentId: id } }, admin), 'BAD_USER_INPUT', 'input.parentId');
    expectError(await stack.query(UPDATE, { id: 'mik-piw-groep', input: { parentId: 'mik-kinderopvang' } }, admin), 'BAD_USER_INPUT', 'input.parentId');
    expectError(await stack.query(UPDATE, { id: 'e2e-test-kindcentrum-de-proeftuin-2', input: { brin: '99ZQ00' } }, admin), 'BAD_USER_INPUT', 'input.brin');
    // Its location lies in Venray, so Venray cannot leave its service area without the location.
    expectError(await stack.query(UPDATE, { id, input: { municipalities: ['GM0556'] } }, admin), 'BAD_USER_INPUT', 'input.municipalities');
  });
});

const ADD_MEMBER = `mutation ($input: AddCoalitionMemberInput!) { addCoalitionMember(input: $input) {
  role participation commitment staffDeployed joinedOn organisation { id } coalition { id }
} }`;
const UPDATE_MEMBER = `mutation ($coalitionId: ID!, $organisationId: ID!, $input: UpdateCoalitionMemberInput!) {
  updateCoalitionMember(coalitionId: $coalitionId, organisationId: $organisationId, input: $input) {
    role participation commitment staffDeployed joinedOn organisation { id }
  }
}`;

describe('addCoalitionMember and updateCoalitionMember', () => {
  const organisationId = 'e2e-test-kindcentrum-de-proeftuin';
  const input = {
    coalitionId: 'venray-brukske', organisationId, role: 'COOPERATION_PARTNER',
    commitment: 'Een proeflokaal voor de werkgroepen.', staffDeployed: 'een locatieleider', joinedOn: '2024-03-01',
  };

  it('refuses everyone but officers of the coalition\'s municipality and admins', async () => {
    const others: [Role, Partial<Claims>][] = [
      ['analyst', {}],
      ['lea', { municipalities: ['GM0984'] }],
      ['partner', { organisations: [organisationId] }],
      ['officer', { municipalities: ['GM0986'] }],
    ];
    for (const [role, extra] of others) {
      expectError(await stack.query(ADD_MEMBER, { input }, await stack.token(role, extra)), 'FORBIDDEN');
    }
    expect(await stack.dataSources.partners.getRepository(CoalitionMember).countBy({ organisationId })).toBe(0);
  });

  it('lets an officer of Venray add a member to Brukske, last in the list, with the date it joined', async () => {
    const res = await stack.query(ADD_MEMBER, { input }, await stack.token('officer', { municipalities: ['GM0984'] }));
    noErrors(res);
    expect(res.data.addCoalitionMember).toEqual({
      role: 'COOPERATION_PARTNER', participation: 'ACTIVE', commitment: input.commitment, staffDeployed: input.staffDeployed,
      joinedOn: '2024-03-01', organisation: { id: organisationId }, coalition: { id: 'venray-brukske' },
    });
    const coalition = await stack.query('{ coalition(id: "venray-brukske") { members { organisation { id } joinedOn } } }');
    const members = coalition.data.coalition.members;
    expect(members).toHaveLength(11);
    expect(members.at(-1)).toEqual({ organisation: { id: organisationId }, joinedOn: '2024-03-01' });
    // The pact gives no dates for its signatories, so theirs stay empty.
    expect(members.slice(0, 10).every((m: any) => m.joinedOn === null)).toBe(true);
  });

  it('refuses bad memberships, naming the field', async () => {
    const admin = await stack.token('admin');
    expectError(await stack.query(ADD_MEMBER, { input }, admin), 'BAD_USER_INPUT', 'input.organisationId');
    expectError(await stack.query(ADD_MEMBER, { input: { ...input, coalitionId: 'no-such-coalition' } }, admin), 'BAD_USER_INPUT', 'input.coalitionId');
    expectError(await stack.query(ADD_MEMBER, { input: { ...input, organisationId: 'no-such-organisation' } }, admin), 'BAD_USER_INPUT', 'input.organisationId');
    expectError(await stack.query(ADD_MEMBER, { input: { ...input, organisationId: 'e2e-test-kindcentrum-de-proeftuin-2', joinedOn: '2999-01-01' } }, admin), 'BAD_USER_INPUT', 'input.joinedOn');
  });

  it('lets an officer change a membership; others are refused', async () => {
    const variables = { coalitionId: 'venray-brukske', organisationId, input: { role: 'COALITION_PARTNER', participation: 'AT_A_DISTANCE', staffDeployed: null } };
    expectError(await stack.query(UPDATE_MEMBER, variables, await stack.token('officer', { municipalities: ['GM0986'] })), 'FORBIDDEN');
    expectError(await stack.query(UPDATE_MEMBER, variables, await stack.token('partner', { organisations: [organisationId] })), 'FORBIDDEN');
    const res = await stack.query(UPDATE_MEMBER, variables, await stack.token('officer', { municipalities: ['GM0984'] }));
    noErrors(res);
    expect(res.data.updateCoalitionMember).toEqual({
      role: 'COALITION_PARTNER', participation: 'AT_A_DISTANCE', commitment: input.commitment, staffDeployed: null, joinedOn: '2024-03-01', organisation: { id: organisationId },
    });
  });

  it('refuses bad membership changes, naming the field', async () => {
    const admin = await stack.token('admin');
    const at = (organisation: string, change: Record<string, unknown>) => ({ coalitionId: 'venray-brukske', organisationId: organisation, input: change });
    expectError(await stack.query(UPDATE_MEMBER, at(organisationId, { role: null }), admin), 'BAD_USER_INPUT', 'input.role');
    expectError(await stack.query(UPDATE_MEMBER, at('innovo', { role: 'OTHER_PARTNER' }), admin), 'BAD_USER_INPUT', 'organisationId');
    expectError(await stack.query(UPDATE_MEMBER, { ...at(organisationId, {}), coalitionId: 'no-such-coalition' }, admin), 'BAD_USER_INPUT', 'coalitionId');
  });
});

describe('neighbourhoods from CBS, with the organisations located there', () => {
  it('serves the imported wijken of a municipality and who works in each', async () => {
    const imported = await partners.tasks!.importers!.neighbourhoods(stack.dataSources.partners, fixture('cbs-wijken.csv'), { partial: true });
    // Three wijken and a buurt; the wijk of a municipality Kansrijk does not hold is reported (--partial).
    expect(imported).toMatchObject({ inserted: 4, partial: true, problems: [{ line: 7 }] });
    const officer = await stack.token('officer', { municipalities: ['GM0984'] });
    const moved = await stack.query(
      UPDATE,
      { id: 'e2e-test-kindcentrum-de-proeftuin', input: { locations: [{ postcode: '5800 AB', municipality: 'GM0984', neighbourhoodCode: 'WK098499' }] } },
      officer,
    );
    noErrors(moved);
    const res = await stack.query('{ municipality(code: "GM0984") { neighbourhoods { code name organisations { id locations { neighbourhood { name } } } } } }');
    noErrors(res);
    expect(res.data.municipality.neighbourhoods).toEqual([
      { code: 'WK098498', name: 'Testwijk Proefkwartier', organisations: [] },
      {
        code: 'WK098499', name: 'Testwijk Oefenveld',
        organisations: [{ id: 'e2e-test-kindcentrum-de-proeftuin', locations: [{ neighbourhood: { name: 'Testwijk Oefenveld' } }] }],
      },
    ]);
  });
});

describe('the guide, section "Partners and coalitions"', () => {
  /** The graphql blocks of the section, each with the JSON variables block that follows it. */
  function examples(): { query: string; variables: Record<string, unknown> }[] {
    const guide = readFileSync(join(__dirname, '..', 'docs', 'partners-and-interventions.md'), 'utf8');
    const section = guide.split(/^## Partners and coalitions$/m)[1]?.split(/^## /m)[0] ?? '';
    const blocks = [...section.matchAll(/```(graphql|json)\n([\s\S]*?)```/g)].map(([, lang, body]) => ({ lang, body }));
    return blocks.flatMap((b, i) => (b.lang === 'graphql' ? [{ query: b.body, variables: JSON.parse(blocks[i + 1]?.lang === 'json' ? blocks[i + 1].body : '{}') }] : []));
  }

  it('has examples', () => {
    expect(examples().length).toBeGreaterThanOrEqual(5);
  });

  it('answers every query example without errors, and refuses its write to an analyst only for lack of rights', async () => {
    for (const { query, variables } of examples()) {
      const res = await stack.query(query, variables, await stack.token('analyst'));
      if (/^\s*mutation/.test(query)) expectError(res, 'FORBIDDEN');
      else expect([query.slice(0, 40), res.errors]).toEqual([query.slice(0, 40), undefined]);
    }
  });
});
