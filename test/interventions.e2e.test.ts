/**
 * The interventions capabilities through the gateway: the catalogue and its filters, the DIN model of a
 * coalition down to the interventions per goal, activities with indicators and measurements, and the
 * writes with their refusals per role and per bad input, checking each time that nothing was written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStack, type Stack } from './stack';

let stack: Stack;

/** Every row these tests write: interventions named "E2E ...", activities coded "e2e...", and measurements (the demo data has none). */
async function removeTestRows() {
  const db = stack.dataSources.interventions;
  await db.query('DELETE FROM interventions.measurement');
  await db.query("DELETE FROM interventions.indicator WHERE activity_id LIKE '%-e2e%' OR activity_id LIKE 'gm____-e2e-%'");
  await db.query("DELETE FROM interventions.activity WHERE code LIKE 'e2e%' OR intervention_id LIKE 'gm____-e2e-%'");
  for (const table of ['intervention_theme', 'intervention_organisation', 'reach_figure']) {
    await db.query(`DELETE FROM interventions.${table} WHERE intervention_id LIKE 'gm____-e2e-%'`);
  }
  await db.query("DELETE FROM interventions.intervention WHERE id LIKE 'gm____-e2e-%'");
}

beforeAll(async () => {
  stack = await startStack();
  await removeTestRows();
});
afterAll(async () => {
  await removeTestRows();
  await stack?.close();
});

const noErrors = (res: { errors?: unknown[] }) => expect(res.errors).toBeUndefined();
const count = async (sql: string) => Number((await stack.dataSources.interventions.query(sql))[0].n);

const CATALOGUE = `query ($filter: InterventionFilter, $first: Int, $after: String) {
  interventions(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name municipality { code name } } }
  }
}`;
const catalogueIds = async (filter: Record<string, unknown>) => {
  const res = await stack.query(CATALOGUE, { filter, first: 100 });
  noErrors(res);
  return res.data.interventions.edges.map((e: any) => e.node.id).sort();
};

describe('the catalogue through the gateway', () => {
  it('filters by theme, municipality, status, age, prevention level, organisation and text', async () => {
    expect(await catalogueIds({ theme: 'SOEPELE_OVERGANG' })).toEqual(['midden-groningen-soepele-overstap-po-vo', 'parkstad-soepele-overstap-po-vo']);
    expect(await catalogueIds({ municipality: 'GM0307' })).toEqual(['amersfoort-social-worker-po']);
    expect(await catalogueIds({ status: 'PILOT' })).toEqual(['helmond-kracht-van-de-moedertaal', 'oude-ijsselstreek-ouderconsulent']);
    expect(await catalogueIds({ age: 14 })).toEqual(['almere-als-ik-later-groot-ben', 'gorinchem-g-town']);
    expect(await catalogueIds({ preventionLevel: 'SELECTIVE' })).toHaveLength(4);
    expect(await catalogueIds({ organisation: 'indebuurt033' })).toEqual(['amersfoort-social-worker-po']);
    expect(await catalogueIds({ text: 'weekendschool' })).toEqual(['sudwest-fryslan-weekendschool']);
    expect(await catalogueIds({ theme: 'BRUKSKE_GEZONDE_LEEFOMGEVING', municipality: 'GM0984', age: 6 })).toEqual([
      'venray-brukske-inrichting-speelterrein', 'venray-brukske-kinderwijkraad', 'venray-brukske-wijkplatform', 'venray-brukske-wijkteam',
    ]);
  });

  it('pages with totalCount, and the municipality name comes from partners', async () => {
    const first = await stack.query(CATALOGUE, { filter: { municipality: 'GM0984' }, first: 4 });
    noErrors(first);
    expect(first.data.interventions.totalCount).toBe(10);
    expect(first.data.interventions.edges).toHaveLength(4);
    expect(first.data.interventions.edges[0].node.municipality).toEqual({ code: 'GM0984', name: 'Venray' });
    const rest = await stack.query(CATALOGUE, { filter: { municipality: 'GM0984' }, first: 10, after: first.data.interventions.pageInfo.endCursor });
    expect(rest.data.interventions.edges).toHaveLength(6);
    expect(rest.data.interventions.pageInfo.hasNextPage).toBe(false);
  });

  it('gives the reach of seed 001 as numbers and as text', async () => {
    const res = await stack.query(`{
      g: intervention(id: "gorinchem-g-town") { reach { quantity unit atLeast } reachText }
      a: intervention(id: "amersfoort-social-worker-po") { reach { quantity unit atLeast } reachText lessons workingElements }
    }`);
    noErrors(res);
    expect(res.data.g.reach).toEqual([{ quantity: 400, unit: 'leerlingen', atLeast: true }, { quantity: 6, unit: 'scholen', atLeast: false }]);
    expect(res.data.g.reachText).toMatch(/meer dan 400 leerlingen/);
    expect(res.data.a.reach).toEqual([{ quantity: 15, unit: 'scholen', atLeast: false }, { quantity: 4, unit: 'VVE-locaties', atLeast: false }]);
    expect(res.data.a.lessons.length).toBeGreaterThan(0);
    expect(res.data.a.workingElements.length).toBeGreaterThan(0);
  });

  it('answers Organisation.interventions and Municipality.interventions across subgraphs', async () => {
    const res = await stack.query(`{
      organisation(id: "indebuurt033") { name interventions { id } }
      municipality(code: "GM0928") { name interventions { id region } }
    }`);
    noErrors(res);
    expect(res.data.organisation.interventions).toEqual([{ id: 'amersfoort-social-worker-po' }]);
    expect(res.data.municipality.interventions).toEqual([{ id: 'parkstad-soepele-overstap-po-vo', region: 'Parkstad (Heerlen, Kerkrade, Landgraaf, Brunssum)' }]);
  });
});

describe('the publication "Land vol kansen" through the gateway', () => {
  it('gives its ten general lessons in order, and its fifteen interventions with their municipalities from partners', async () => {
    const res = await stack.query(`{
      publications { id title publisher year }
      publication(id: "gka-land-vol-kansen") {
        lessonsHeading lessons { number heading text }
        interventions { id municipality { code name } publication { id } }
      }
      municipality(code: "GM0794") { interventions { id publication { title lessons { number } } } }
    }`);
    noErrors(res);
    expect(res.data.publications).toEqual([{ id: 'gka-land-vol-kansen', title: 'Land vol kansen', publisher: 'Gelijke Kansen Alliantie', year: null }]);
    const p = res.data.publication;
    expect(p.lessonsHeading).toBe('Wat hebben we geleerd?');
    expect(p.lessons.map((l: any) => [l.number, l.heading])).toEqual([
      [1, 'Sluit aan op de belevingswereld van ouders en kinderen'],
      [2, 'Zet in op betrouwbaarheid richting de doelgroep'],
      [3, 'Zet in op een vraaggerichte aanpak'],
      [4, 'Zorg voor goede samenwerking onderling'],
      [5, 'Oefen met meervoudig perspectief'],
      [6, 'Zorg voor laagdrempelige communicatie'],
      [7, 'Zorg goed voor je eigen mensen'],
      [8, 'Ga ongemak niet uit de weg'],
      [9, 'Betrek ouders als volwaardige partner en werk met hen samen'],
      [10, 'Zorg ervoor dat alle neuzen dezelfde kant opstaan'],
    ]);
    expect(p.lessons[7].text).toBe(
      'Wrijving leidt tot glans. Ga binnen de samenwerking, maar ook richting de kinderen het ongemak niet uit de weg. ' +
        'Dat leidt soms tot spanning, maar juist dan ontstaat de mogelijkheid om met elkaar het gesprek aan te gaan. ' +
        'Het doel is niet om ongemak te vermijden, maar te onderzoeken: waarom voelt dit ongemakkelijk en hoe ga je ermee om? ' +
        'Dit leidt tot eerlijke communicatie en maakt duidelijk wat ieders behoefte is.',
    );
    expect(p.interventions).toHaveLength(15);
    expect(p.interventions.every((i: any) => i.publication.id === 'gka-land-vol-kansen' && typeof i.municipality.name === 'string')).toBe(true);
    expect(p.interventions.find((i: any) => i.id === 'helmond-kracht-van-de-moedertaal').municipality).toEqual({ code: 'GM0794', name: 'Helmond' });
    expect(res.data.municipality.interventions).toEqual([
      { id: 'helmond-kracht-van-de-moedertaal', publication: { title: 'Land vol kansen', lessons: Array.from({ length: 10 }, (_, i) => ({ number: i + 1 })) } },
    ]);
  });
});

describe('the DIN model of a coalition', () => {
  it('gives every MEER and BETER goal of seed 000 with the actions of its theme', async () => {
    const res = await stack.query(`{ coalition(id: "venray-brukske") {
      questionZero themes { name goals { kind text interventions { name } } interventions { name } }
    } }`);
    noErrors(res);
    const themes = res.data.coalition.themes;
    expect(themes.map((t: any) => t.goals.map((g: any) => `${g.kind} ${g.text}`))).toEqual([
      [
        'MORE Meer samenwerking tussen onderwijs, opvang en andere (zorg)partners',
        'MORE Meer kinderen maken gebruik van reguliere voorzieningen (met ambulante ondersteuning vanuit specialistische voorzieningen)',
        'MORE Meer inzet van ouderbetrokkenheid',
        'BETTER Betere samenwerking tussen onderwijs, opvang, (zorg)voorzieningen en ouders',
        'BETTER Betere verbinding van voorzieningen',
      ],
      [
        'MORE Meer kinderen hebben een gezonde leefstijl + gezond gewicht',
        'MORE Meer kinderen maken gebruik van (beweeg)activiteiten in de wijk',
        'MORE Meer ouders hebben kennis over gezonde voeding en mentaal welbevinden',
      ],
      [
        'MORE Meer ouders maken gebruik van voorzieningen in de wijk',
        'MORE MFC heeft meer verbinding met de wijk',
        'BETTER Betere samenwerking tussen partners in de wijk',
        'BETTER Verbinden rol MFC kan beter',
      ],
    ]);
    expect(themes.map((t: any) => t.interventions.map((i: any) => i.name))).toEqual([
      ['Cultuur in de Klas CiK en Jeugd Cultuur Fonds', 'Ok-ay (Onderwijskansen venrAY)', 'Stichting Leergeld'],
      ['Bewegen', 'Mentaal welbevinden', 'Voeding'],
      ['Inrichting speelterrein', 'Kinderwijkraad', 'Wijkplatform', 'Wijkteam'],
    ]);
    // The pact lists actions per theme: each goal is served by its theme's actions.
    for (const theme of themes) for (const goal of theme.goals) expect(goal.interventions).toEqual(theme.interventions);
  });
});

// ---------------------------------------------------------------------------------------------------

const CREATE = `mutation ($input: CreateInterventionInput!) { createIntervention(input: $input) {
  id name municipality { code name } organisations { id name } themes { code } status phase preventionLevel targetAgeMin targetAgeMax startYear
} }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateInterventionInput!) { updateIntervention(id: $id, input: $input) { id name status lessons themes { code } } }`;
const CREATE_ACTIVITY = `mutation ($input: CreateActivityInput!) { createActivity(input: $input) {
  id code title npoCategories theme { code } indicators { id name target } intervention { id }
} }`;
const UPDATE_ACTIVITY = `mutation ($id: ID!, $input: UpdateActivityInput!) { updateActivity(id: $id, input: $input) { id title npoCategories theme { code } } }`;
const CREATE_INDICATOR = `mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { id name target activity { id } } }`;
const UPDATE_INDICATOR = `mutation ($id: ID!, $input: UpdateIndicatorInput!) { updateIndicator(id: $id, input: $input) { id name target } }`;
const RECORD = `mutation ($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id measuredOn value text note indicator { id name } } }`;

const venrayOfficer = () => stack.token('officer', { municipalities: ['GM0984'] });
const voerendaalOfficer = () => stack.token('officer', { municipalities: ['GM0986'] });
const admin = () => stack.token('admin');

function expectError(res: { data?: any; errors?: any[] }, code: string, field?: string) {
  expect(res.errors?.[0]?.extensions?.code).toBe(code);
  if (field) expect(res.errors?.[0]?.extensions?.field).toBe(field);
}

/** Partners' rows these tests write: organisations named "E2E Test ...". */
async function removeTestOrganisations() {
  const db = stack.dataSources.partners;
  for (const table of ['organisation_location', 'organisation_municipality']) {
    await db.query(`DELETE FROM partners.${table} WHERE organisation_id LIKE 'e2e-test-huiswerkhuis%'`);
  }
  await db.query("DELETE FROM partners.organisation WHERE id LIKE 'e2e-test-huiswerkhuis%'");
}

describe('organisations and municipalities are checked with partners, not a fixed list', () => {
  const CREATE_ORGANISATION = 'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name } }';
  const written = () => count("SELECT count(*) AS n FROM interventions.intervention WHERE id LIKE 'gm0984-e2e-%'");
  afterAll(removeTestOrganisations);

  it('links an organisation just created in partners, and shows it from both sides', async () => {
    const token = await venrayOfficer();
    const organisation = await stack.query(CREATE_ORGANISATION, { input: { name: 'E2E Test Huiswerkhuis', kind: 'COMMUNITY_CENTRE', municipalities: ['GM0984'] } }, token);
    noErrors(organisation);
    const orgId = organisation.data.createOrganisation.id;
    expect(orgId).toBe('e2e-test-huiswerkhuis');
    const created = await stack.query(CREATE, { input: { municipality: 'GM0984', name: 'E2E Huiswerkhuis', organisations: ['unik', orgId] } }, token);
    noErrors(created);
    expect(created.data.createIntervention.organisations).toEqual([{ id: 'unik', name: 'UNIK' }, { id: orgId, name: 'E2E Test Huiswerkhuis' }]);
    const read = await stack.query(`{
      intervention(id: "gm0984-e2e-huiswerkhuis") { organisations { id name kind } }
      organisation(id: "${orgId}") { name interventions { id name } }
    }`);
    noErrors(read);
    expect(read.data).toEqual({
      intervention: { organisations: [{ id: 'unik', name: 'UNIK', kind: expect.any(String) }, { id: orgId, name: 'E2E Test Huiswerkhuis', kind: 'COMMUNITY_CENTRE' }] },
      organisation: { name: 'E2E Test Huiswerkhuis', interventions: [{ id: 'gm0984-e2e-huiswerkhuis', name: 'E2E Huiswerkhuis' }] },
    });
  });

  it('refuses an unknown organisation and a well-formed but unknown municipality, naming the field; nothing is written', async () => {
    const before = await written();
    const unknownOrg = await stack.query(CREATE, { input: { municipality: 'GM0984', name: 'E2E Onbekend', organisations: ['unik', 'e2e-test-huiswerkhuis', 'bestaat-niet'] } }, await admin());
    expectError(unknownOrg, 'BAD_USER_INPUT', 'input.organisations[2]');
    expect(unknownOrg.errors![0].message).toContain('bestaat-niet is not a known organisation');
    const unknownMunicipality = await stack.query(CREATE, { input: { municipality: 'GM9999', name: 'E2E Onbekend' } }, await admin());
    expectError(unknownMunicipality, 'BAD_USER_INPUT', 'input.municipality');
    const update = await stack.query(UPDATE, { id: 'gm0984-e2e-huiswerkhuis', input: { organisations: ['bestaat-niet'] } }, await admin());
    expectError(update, 'BAD_USER_INPUT', 'input.organisations[0]');
    expect(await written()).toBe(before);
    expect(await count("SELECT count(*) AS n FROM interventions.intervention WHERE municipality_code = 'GM9999'")).toBe(0);
    const links = await stack.query('{ intervention(id: "gm0984-e2e-huiswerkhuis") { organisations { id } } }');
    expect(links.data.intervention.organisations).toEqual([{ id: 'unik' }, { id: 'e2e-test-huiswerkhuis' }]);
  });

  it('with partners down, a write that links keys fails cleanly: no URL or host in the answer, nothing written', async () => {
    const before = await written();
    await stack.stopSubgraph('partners');
    try {
      const res = await stack.query(CREATE, { input: { municipality: 'GM0984', name: 'E2E Zonder Partners', organisations: ['unik'] } }, await admin());
      expect(res.data?.createIntervention ?? null).toBeNull();
      expectError(res, 'SERVICE_UNAVAILABLE');
      expect(res.errors![0].message).toMatch(/partners subgraph could not be reached.*nothing was written/);
      expect(JSON.stringify(res.errors)).not.toMatch(/127\.0\.0\.1|localhost|https?:|ECONNREFUSED|:\d{4,5}\b/);
      const update = await stack.query(UPDATE, { id: 'gm0984-e2e-huiswerkhuis', input: { organisations: ['unik', 'spovenray'] } }, await admin());
      expectError(update, 'SERVICE_UNAVAILABLE');
    } finally {
      await stack.startSubgraph('partners');
    }
    expect(await written()).toBe(before);
    const links = await stack.query('{ intervention(id: "gm0984-e2e-huiswerkhuis") { organisations { id } } }');
    expect(links.data.intervention.organisations).toEqual([{ id: 'unik' }, { id: 'e2e-test-huiswerkhuis' }]);
  });
});

describe('writes through the gateway', () => {
  it('lets an officer create an intervention in their municipality, with organisations from partners', async () => {
    const res = await stack.query(CREATE, {
      input: {
        municipality: 'GM0984', name: 'E2E Huiswerkklas', organisations: ['spovenray'], themes: ['TALENTONTWIKKELING'],
        status: 'PILOT', phase: 'PREPARATION', preventionLevel: 'UNIVERSAL', targetAgeMin: 8, targetAgeMax: 12, startYear: 2024,
      },
    }, await venrayOfficer());
    noErrors(res);
    expect(res.data.createIntervention).toEqual({
      id: 'gm0984-e2e-huiswerkklas', name: 'E2E Huiswerkklas', municipality: { code: 'GM0984', name: 'Venray' },
      organisations: [{ id: 'spovenray', name: 'SPOVenray' }], themes: [{ code: 'TALENTONTWIKKELING' }],
      status: 'PILOT', phase: 'PREPARATION', preventionLevel: 'UNIVERSAL', targetAgeMin: 8, targetAgeMax: 12, startYear: 2024,
    });
    const found = await catalogueIds({ text: 'E2E Huiswerkklas' });
    expect(found).toEqual(['gm0984-e2e-huiswerkklas']);
  });

  it('lets an admin create one anywhere, and update only the fields given', async () => {
    const created = await stack.query(CREATE, { input: { municipality: 'GM0556', name: 'E2E Taalcafé', themes: ['MEERTALIGHEID'] } }, await admin());
    noErrors(created);
    const updated = await stack.query(UPDATE, { id: 'gm0556-e2e-taalcafe', input: { status: 'EMBEDDED', lessons: ['Ouders komen vaker terug'] } }, await admin());
    noErrors(updated);
    expect(updated.data.updateIntervention).toEqual({
      id: 'gm0556-e2e-taalcafe', name: 'E2E Taalcafé', status: 'EMBEDDED', lessons: ['Ouders komen vaker terug'], themes: [{ code: 'MEERTALIGHEID' }],
    });
  });

  it('refuses every write to analysts, LEA members, partners and officers of another municipality; nothing is written', async () => {
    const refused = [
      await stack.token('analyst'),
      await stack.token('lea', { municipalities: ['GM0984'] }),
      await stack.token('partner', { organisations: ['spovenray'] }),
      await voerendaalOfficer(),
    ];
    const writes: [string, Record<string, unknown>][] = [
      [CREATE, { input: { municipality: 'GM0984', name: 'E2E Verboden' } }],
      [UPDATE, { id: 'gm0984-e2e-huiswerkklas', input: { status: 'ENDED' } }],
      [CREATE_ACTIVITY, { input: { intervention: 'gm0984-e2e-huiswerkklas', code: 'e2e-x', title: 'Verboden' } }],
      [UPDATE_ACTIVITY, { id: 'venray-brukske-bewegen-a', input: { title: 'Verboden' } }],
      [CREATE_INDICATOR, { input: { activity: 'venray-brukske-bewegen-a', name: 'Verboden' } }],
      [UPDATE_INDICATOR, { id: 'voerendaal-npo-a-1', input: { name: 'Verboden' } }],
      [RECORD, { input: { indicator: 'voerendaal-npo-a-1', measuredOn: '2023-01-01', value: '1' } }],
    ];
    const before = await count('SELECT (SELECT count(*) FROM interventions.intervention) + (SELECT count(*) FROM interventions.activity) + (SELECT count(*) FROM interventions.indicator) + (SELECT count(*) FROM interventions.measurement) AS n');
    for (const [i, token] of refused.entries()) {
      for (const [query, variables] of writes) {
        // The Voerendaal officer may write for GM0986, so only the Venray rows are refused to them.
        if (i === 3 && (query === UPDATE_INDICATOR || query === RECORD)) continue;
        const res = await stack.query(query, variables, token);
        expect([i, query.slice(0, 40), res.errors?.[0]?.extensions?.code]).toEqual([i, query.slice(0, 40), 'FORBIDDEN']);
      }
    }
    const after = await count('SELECT (SELECT count(*) FROM interventions.intervention) + (SELECT count(*) FROM interventions.activity) + (SELECT count(*) FROM interventions.indicator) + (SELECT count(*) FROM interventions.measurement) AS n');
    expect(after).toBe(before);
    const check = await stack.query('{ intervention(id: "gm0984-e2e-huiswerkklas") { status } activity(id: "venray-brukske-bewegen-a") { title } }');
    expect(check.data).toEqual({ intervention: { status: 'PILOT' }, activity: { title: 'nationale sportweek' } });
    const unauthenticated = await stack.query(CREATE, { input: { municipality: 'GM0984', name: 'E2E Anoniem' } }, null);
    expectError(unauthenticated, 'UNAUTHENTICATED');
  });

  it('refuses bad intervention input naming the field, and writes nothing (not even the valid parts)', async () => {
    const token = await admin();
    const base = { municipality: 'GM0984', name: 'E2E Fout', organisations: ['unik'], themes: ['TALENTONTWIKKELING'] };
    const cases: [Record<string, unknown>, string][] = [
      [{ municipality: 'GM9999' }, 'input.municipality'],
      [{ municipality: 'Venray' }, 'input.municipality'],
      [{ name: '' }, 'input.name'],
      [{ themes: ['TALENTONTWIKKELING', 'GEEN_THEMA'] }, 'input.themes[1]'],
      [{ organisations: ['unik', 'onbekende-organisatie'] }, 'input.organisations[1]'],
      [{ targetAgeMin: 12, targetAgeMax: 4 }, 'input.targetAgeMax'],
      [{ startYear: 3000 }, 'input.startYear'],
      [{ startYear: 2024, endYear: 2021 }, 'input.endYear'],
      [{ coalition: 'voerendaal-lea' }, 'input.coalition'],
    ];
    const before = await count('SELECT count(*) AS n FROM interventions.intervention');
    const links = await count('SELECT count(*) AS n FROM interventions.intervention_theme');
    for (const [change, field] of cases) {
      const res = await stack.query(CREATE, { input: { ...base, ...change } }, token);
      expect([field, res.errors?.[0]?.extensions]).toEqual([field, expect.objectContaining({ code: 'BAD_USER_INPUT', field })]);
    }
    // An enum value the schema does not know is refused by GraphQL itself, before any resolver runs.
    expectError(await stack.query(CREATE, { input: { ...base, status: 'FINISHED' } }, token), 'BAD_USER_INPUT');
    expectError(await stack.query(CREATE, { input: { ...base, phase: 'EXECUTION' } }, token), 'BAD_USER_INPUT');
    expectError(await stack.query(UPDATE, { id: 'gm0984-e2e-huiswerkklas', input: { themes: ['VOERENDAAL_TALENT'] } }, token), 'BAD_USER_INPUT', 'input.themes[0]');
    expectError(await stack.query(UPDATE, { id: 'no-such-intervention', input: { status: 'ENDED' } }, token), 'BAD_USER_INPUT', 'id');
    expect(await count('SELECT count(*) AS n FROM interventions.intervention')).toBe(before);
    expect(await count('SELECT count(*) AS n FROM interventions.intervention_theme')).toBe(links);
    expect(await catalogueIds({ text: 'E2E Fout' })).toEqual([]);
  });

  it('creates and updates activities and indicators of Voerendaal\'s NPO plan as its officer', async () => {
    const token = await voerendaalOfficer();
    const created = await stack.query(CREATE_ACTIVITY, {
      input: {
        intervention: 'voerendaal-npo-plan', code: 'e2e', title: 'Voorleesochtenden', npoCategories: ['PRESCHOOL_PERIOD', 'COOPERATION'],
        theme: 'VOERENDAAL_TALENT', indicators: [{ name: 'Aantal voorleesochtenden', target: '10 per koppel' }],
      },
    }, token);
    noErrors(created);
    expect(created.data.createActivity).toEqual({
      id: 'voerendaal-npo-e2e', code: 'e2e', title: 'Voorleesochtenden', npoCategories: ['PRESCHOOL_PERIOD', 'COOPERATION'],
      theme: { code: 'VOERENDAAL_TALENT' }, indicators: [{ id: 'voerendaal-npo-e2e-1', name: 'Aantal voorleesochtenden', target: '10 per koppel' }],
      intervention: { id: 'voerendaal-npo-plan' },
    });
    const updated = await stack.query(UPDATE_ACTIVITY, { id: 'voerendaal-npo-e2e', input: { npoCategories: ['HOME_SITTERS'], theme: null } }, token);
    noErrors(updated);
    expect(updated.data.updateActivity).toEqual({ id: 'voerendaal-npo-e2e', title: 'Voorleesochtenden', npoCategories: ['HOME_SITTERS'], theme: null });
    const indicator = await stack.query(CREATE_INDICATOR, { input: { activity: 'voerendaal-npo-e2e', name: 'Aantal bereikte ouders' } }, token);
    noErrors(indicator);
    expect(indicator.data.createIndicator).toEqual({ id: 'voerendaal-npo-e2e-2', name: 'Aantal bereikte ouders', target: null, activity: { id: 'voerendaal-npo-e2e' } });
    const changed = await stack.query(UPDATE_INDICATOR, { id: 'voerendaal-npo-e2e-2', input: { target: '40 ouders' } }, token);
    noErrors(changed);
    expect(changed.data.updateIndicator).toEqual({ id: 'voerendaal-npo-e2e-2', name: 'Aantal bereikte ouders', target: '40 ouders' });
  });

  it('refuses bad activity and indicator input naming the field, and writes nothing', async () => {
    const token = await voerendaalOfficer();
    const activity = (input: Record<string, unknown>) =>
      stack.query(CREATE_ACTIVITY, { input: { intervention: 'voerendaal-npo-plan', code: 'e2e-bad', title: 'Fout', indicators: [{ name: 'ok' }], ...input } }, token);
    const before = await count('SELECT (SELECT count(*) FROM interventions.activity) + (SELECT count(*) FROM interventions.indicator) AS n');
    const cases: [Promise<any>, string][] = [
      [activity({ code: 'a' }), 'input.code'],
      [activity({ title: ' ' }), 'input.title'],
      [activity({ theme: 'BRUKSKE_GEZONDE_JEUGD' }), 'input.theme'],
      [activity({ npoCategories: ['COOPERATION', 'COOPERATION'] }), 'input.npoCategories[1]'],
      [activity({ indicators: [{ name: 'ok' }, { name: '' }] }), 'input.indicators[1].name'],
      [stack.query(UPDATE_ACTIVITY, { id: 'voerendaal-npo-a', input: { title: '' } }, token), 'input.title'],
      [stack.query(UPDATE_ACTIVITY, { id: 'voerendaal-npo-zz', input: { title: 'x' } }, token), 'id'],
      [stack.query(CREATE_INDICATOR, { input: { activity: 'voerendaal-npo-a', name: '' } }, token), 'input.name'],
      [stack.query(CREATE_INDICATOR, { input: { activity: 'nope', name: 'x' } }, token), 'input.activity'],
      [stack.query(UPDATE_INDICATOR, { id: 'voerendaal-npo-a-1', input: { name: null } }, token), 'input.name'],
    ];
    for (const [pending, field] of cases) {
      const res = await pending;
      expect([field, res.errors?.[0]?.extensions]).toEqual([field, expect.objectContaining({ code: 'BAD_USER_INPUT', field })]);
    }
    // An NPO category outside the five is refused by the schema.
    expectError(await activity({ npoCategories: ['SPORT'] }), 'BAD_USER_INPUT');
    expect(await count('SELECT (SELECT count(*) FROM interventions.activity) + (SELECT count(*) FROM interventions.indicator) AS n')).toBe(before);
    const a = await stack.query('{ activity(id: "voerendaal-npo-a") { title indicators { name } } }');
    expect(a.data.activity.title).toBe('Leuk en inspirerend buitenspelen in de pauze en buitenspeeltijd');
    expect(a.data.activity.indicators[0].name).toBe('Zijn de workshops georganiseerd');
  });

  it('records measurements of an indicator over time and shows them in order', async () => {
    const token = await voerendaalOfficer();
    const record = (input: Record<string, unknown>) => stack.query(RECORD, { input: { indicator: 'voerendaal-npo-c-1', ...input } }, token);
    noErrors(await record({ measuredOn: '2023-07-31', value: '4', note: 'Eindstand' }));
    noErrors(await record({ measuredOn: '2022-07-31', value: '2' }));
    const res = await record({ measuredOn: '2022-12-31', value: '3' });
    noErrors(res);
    expect(res.data.recordMeasurement).toEqual({
      id: 'voerendaal-npo-c-1@2022-12-31', measuredOn: '2022-12-31', value: '3', text: null, note: null,
      indicator: { id: 'voerendaal-npo-c-1', name: 'Activiteiten per koppel uitgevoerd' },
    });
    // A second value for a date corrects the first.
    noErrors(await record({ measuredOn: '2022-12-31', value: '2.5', note: 'gecorrigeerd' }));
    noErrors(await stack.query(RECORD, { input: { indicator: 'voerendaal-npo-a-1', measuredOn: '2022-06-30', text: 'ja, drie workshops' } }, await admin()));

    const read = await stack.query(`{ municipality(code: "GM0986") { interventions { activities { code indicators { id target measurements { measuredOn value text note } } } } } }`);
    noErrors(read);
    const activities = read.data.municipality.interventions[0].activities;
    const c1 = activities.find((a: any) => a.code === 'c').indicators[0];
    expect(c1.target).toBe('4 activiteiten per koppel');
    expect(c1.measurements).toEqual([
      { measuredOn: '2022-07-31', value: '2', text: null, note: null },
      { measuredOn: '2022-12-31', value: '2.5', text: null, note: 'gecorrigeerd' },
      { measuredOn: '2023-07-31', value: '4', text: null, note: 'Eindstand' },
    ]);
    expect(activities.find((a: any) => a.code === 'a').indicators[0].measurements).toEqual([
      { measuredOn: '2022-06-30', value: null, text: 'ja, drie workshops', note: null },
    ]);
  });

  it('shows the measurements of every indicator at a cost that does not grow with them', async () => {
    const query = '{ municipality(code: "GM0986") { interventions { activities { indicators { measurements { measuredOn value indicator { id } } } } } } }';
    const cost = async () => (await stack.countQueries(async () => noErrors(await stack.query(query)))).bySubgraph.interventions;
    const before = await cost();
    const token = await admin();
    for (const id of ['voerendaal-npo-b-1', 'voerendaal-npo-b-2', 'voerendaal-npo-d-1', 'voerendaal-npo-i-2']) {
      for (const measuredOn of ['2022-03-01', '2022-09-01', '2023-03-01']) {
        noErrors(await stack.query(RECORD, { input: { indicator: id, measuredOn, value: '1' } }, token));
      }
    }
    expect(await cost()).toBe(before);
  });

  it('refuses bad measurements naming the field, and writes nothing', async () => {
    const token = await voerendaalOfficer();
    const record = (input: Record<string, unknown>) =>
      stack.query(RECORD, { input: { indicator: 'voerendaal-npo-b-1', measuredOn: '2023-01-01', ...input } }, token);
    const before = await count('SELECT count(*) AS n FROM interventions.measurement');
    expectError(await record({}), 'BAD_USER_INPUT', 'input.value');
    expectError(await record({ value: '3', text: 'drie' }), 'BAD_USER_INPUT', 'input.value');
    expectError(await record({ text: '   ' }), 'BAD_USER_INPUT', 'input.value');
    expectError(await record({ measuredOn: '2999-01-01', value: '3' }), 'BAD_USER_INPUT', 'input.measuredOn');
    expectError(await record({ indicator: 'no-such-indicator', value: '3' }), 'BAD_USER_INPUT', 'input.indicator');
    expectError(await record({ value: 'drie' }), 'BAD_USER_INPUT', 'input.value');
    expectError(await record({ value: '1e3' }), 'BAD_USER_INPUT', 'input.value');
    expectError(await record({ measuredOn: '2023-02-30', value: '3' }), 'BAD_USER_INPUT', 'input.measuredOn');
    expectError(await record({ measuredOn: '31-12-2023', value: '3' }), 'BAD_USER_INPUT', 'input.measuredOn');
    expect(await count('SELECT count(*) AS n FROM interventions.measurement')).toBe(before);
  });
});

describe('the guide docs/partners-and-interventions.md', () => {
  /** Each ```graphql block of the interventions sections with the ```json variables block that follows it. */
  function examples(): { query: string; variables: Record<string, unknown> }[] {
    // The interventions sections only: "## Partners and coalitions" is the partners engineers' to test.
    const text = readFileSync(join(__dirname, '..', 'docs', 'partners-and-interventions.md'), 'utf8').split('\n## Partners and coalitions')[0];
    const blocks = [...text.matchAll(/```(graphql|json)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], body: m[2] }));
    const out: { query: string; variables: Record<string, unknown> }[] = [];
    blocks.forEach((block, i) => {
      if (block.lang !== 'graphql') return;
      const next = blocks[i + 1];
      out.push({ query: block.body, variables: next?.lang === 'json' ? JSON.parse(next.body) : {} });
    });
    return out;
  }

  it('has examples whose queries answer on the demo data, and whose writes are refused to an analyst', async () => {
    const all = examples();
    expect(all.length).toBeGreaterThanOrEqual(9);
    for (const { query, variables } of all) {
      const res = await stack.query(query, variables);
      if (query.trimStart().startsWith('mutation')) expectError(res, 'FORBIDDEN');
      else expect([query.slice(0, 40), res.errors]).toEqual([query.slice(0, 40), undefined]);
    }
  });
});
