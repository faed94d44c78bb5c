import { Decimal, queryCounter, sum } from '@kansrijk/kit';
import { describeSubgraphSchema, tableDigests } from '@kansrijk/kit/src/schema-tests';
import { startTestSubgraph, type TestSubgraph } from '@kansrijk/kit/src/testing';
import { interventions } from '../../../interventions/src/subgraph';
import { partners } from '../../../partners/src/subgraph';
import { budgets } from '../subgraph';
import { csvTests } from './csv.suite';
import { paymentScheduleTests } from './payment-schedule.suite';
import { realisationTests } from './realisation.suite';
import { writesTests } from './writes.suite';

// One file on purpose: every test here drops and reseeds the `budgets` schema, so they must not run
// in parallel jest workers. The suites at the end change data and clean up after themselves.

 
type Json = any;

let subgraph: TestSubgraph;
// Writes ask partners (municipalities, recipients) and interventions (interventions, activities)
// whether the keys they link exist: real subgraphs answer.
let peers: TestSubgraph[] = [];
let peerUrls: Record<string, string> = {};

beforeAll(async () => {
  const partnersSubgraph = await startTestSubgraph(partners);
  const interventionsSubgraph = await startTestSubgraph(interventions, { subgraphUrls: { partners: partnersSubgraph.url } });
  peers = [interventionsSubgraph, partnersSubgraph];
  peerUrls = { partners: partnersSubgraph.url, interventions: interventionsSubgraph.url };
  subgraph = await startTestSubgraph(budgets, { subgraphUrls: { partners: partnersSubgraph.url, interventions: interventionsSubgraph.url } });
});
afterAll(async () => {
  await subgraph?.close();
  for (const peer of peers) await peer.close();
});

async function ok(query: string, variables: Record<string, unknown> = {}): Promise<Json> {
  const res = await subgraph.query<Json>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data;
}

const ENTITIES = (selection: string) =>
  `query ($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`;

async function entitiesOf(typename: string, keys: Record<string, string>[], selection: string): Promise<Json[]> {
  const data = await ok(ENTITIES(`... on ${typename} { ${selection} }`), {
    r: keys.map((key) => ({ __typename: typename, ...key })),
  });
  return data._entities;
}

/** The contract's BudgetPlan operation, minus `name` (partners' field), sent to this subgraph. */
const BUDGET_PLAN = `
  budgetPlans(year: $year) {
    id title total { amount currency }
    sections {
      label title statedTotal { amount } computedTotal { amount }
      lines { number description status statutory amount { amount currency } fundingStream { code name earmarked } }
    }
    findings { kind section message difference { amount } }
  }`;

async function budgetPlans(code: string, year: number): Promise<Json[]> {
  const data = await ok(
    `query ($r: [_Any!]!, $year: Int!) { _entities(representations: $r) { ... on Municipality { ${BUDGET_PLAN} } } }`,
    { r: [{ __typename: 'Municipality', code }], year },
  );
  return data._entities[0].budgetPlans;
}

describe('BudgetPlan (contract: GM0556, 2023)', () => {
  let plan: Json;
  beforeAll(async () => {
    const plans = await budgetPlans('GM0556', 2023);
    expect(plans).toHaveLength(1);
    plan = plans[0];
  });

  it('is Maassluis\' begroting 2023 with sections A-D', () => {
    expect(plan.id).toBe('maassluis-2023');
    expect(plan.title).toBe('Begroting onderwijskansenbeleid 2023');
    expect(plan.sections.map((s: Json) => s.label)).toEqual(['A', 'B', 'C', 'D']);
    // A 1943621 + B 75000 + 236061 + 50213 + C 151405 + 103193 + D 125327 + 29228
    expect(plan.total).toEqual({ amount: '2714048.00', currency: 'EUR' });
  });

  it('section A: stated and computed 1943621.00, fifteen lines, 1-7 statutory, every amount as printed', () => {
    const a = plan.sections[0];
    expect(a.title).toBe('(G)OAB budget 2023');
    expect(a.statedTotal).toEqual({ amount: '1943621.00' });
    expect(a.computedTotal).toEqual({ amount: '1943621.00' });
    expect(a.lines).toHaveLength(15);
    expect(a.lines.map((l: Json) => l.number)).toEqual(Array.from({ length: 15 }, (_, i) => String(i + 1)));
    expect(a.lines.map((l: Json) => l.statutory)).toEqual([...Array(7).fill(true), ...Array(8).fill(false)]);
    expect(a.lines.map((l: Json) => l.amount.amount)).toEqual([
      '1143936.00', '76923.00', '88280.00', '17500.00', '20000.00', '2500.00', '81000.00', '79644.00',
      '202500.00', '26854.00', '15000.00', '40000.00', '50000.00', '20000.00', '79484.00',
    ]);
    expect(a.lines[0]).toEqual({
      number: '1',
      description: 'Peuteropvang en Voorschoolse Educatie',
      status: 'SET',
      statutory: true,
      amount: { amount: '1143936.00', currency: 'EUR' },
      fundingStream: { code: 'GOAB', name: '(G)OAB-middelen', earmarked: true },
    });
  });

  it('section B: no printed total, ntb lines without amount', () => {
    const b = plan.sections[1];
    expect(b.statedTotal).toBeNull();
    expect(b.computedTotal).toEqual({ amount: '361274.00' });
    expect(b.lines).toHaveLength(11);
    expect(b.lines.map((l: Json) => l.amount?.amount ?? l.status)).toEqual([
      '10000.00', '10000.00', '10000.00', '10000.00', '10000.00', '15000.00', '10000.00', '236061.00', '50213.00', 'TBD', 'TBD',
    ]);
    expect(b.lines.slice(9).map((l: Json) => [l.number, l.status, l.amount, l.fundingStream.code])).toEqual([
      ['10', 'TBD', null, 'AANSLUITING_ARBEIDSMARKT'],
      ['11', 'TBD', null, 'KANSRIJKE_START'],
    ]);
  });

  it('sections C and D: kept as printed, C does not add up', () => {
    const [, , c, d] = plan.sections;
    expect(c.statedTotal).toEqual({ amount: '254595.00' });
    expect(c.computedTotal).toEqual({ amount: '254598.00' });
    expect(c.lines.map((l: Json) => [l.number, l.description, l.amount.amount])).toEqual([
      [null, 'Nationaal Programma Onderwijs (NPO)', '151405.00'],
      [null, 'NPO 2021 restant', '103193.00'],
    ]);
    expect(d.lines.map((l: Json) => [l.description, l.amount.amount, l.fundingStream.code])).toEqual([
      ['Samen Leren', '125327.00', 'GOAB'],
      ['Petje Af Weekendschool', '29228.00', 'GOAB'],
    ]);
    expect(d.statedTotal).toEqual({ amount: '154555.00' });
    expect(d.computedTotal).toEqual({ amount: '154555.00' });
  });

  it('has exactly one finding: Subtotaal C, printed 254595, computed 254598', () => {
    expect(plan.findings).toHaveLength(1);
    const [finding] = plan.findings;
    expect(finding).toMatchObject({ kind: 'SUBTOTAL_MISMATCH', section: 'C', difference: { amount: '3.00' } });
    expect(finding.message).toContain('Subtotaal C');
    expect(finding.message).toContain('254595.00');
    expect(finding.message).toContain('254598.00');
  });
});

describe('budget plan details', () => {
  it('prints subtotals and available funds of Maassluis', async () => {
    const data = await ok(`{ budgetPlan(id: "maassluis-2023") { sections {
      label subtotals { label stated { amount } computed { amount } matches fundingStream { code } }
      availableFunds { fundingStream { code } status amount { amount } note } note } } }`);
    const [a, b, c] = data.budgetPlan.sections;
    expect(a.availableFunds).toEqual([
      { fundingStream: { code: 'GOAB' }, status: 'SET', amount: { amount: '1943621.00' }, note: 'Voorlopig' },
      { fundingStream: { code: 'SPUK_VE_OEKRAINE' }, status: 'PM', amount: null, note: 'Begin 2023 bekend' },
    ]);
    expect(a.note).toContain('+ inkomsten pm');
    expect(b.subtotals).toEqual([
      { label: 'Subtotaal B (1 t/m 7)', stated: { amount: '75000.00' }, computed: { amount: '75000.00' }, matches: true, fundingStream: null },
      { label: 'Subtotaal B (8 t/m 11)', stated: { amount: '286274.00' }, computed: { amount: '286274.00' }, matches: true, fundingStream: null },
    ]);
    expect(b.availableFunds.map((f: Json) => [f.fundingStream.code, f.status, f.amount?.amount ?? null])).toEqual([
      ['LOKAAL_ONDERWIJSBELEID', 'SET', '75000.00'], ['LEERPLICHT_RBL', 'SET', '236061.00'], ['ASSCHERMIDDELEN', 'SET', '50213.00'],
      ['AANSLUITING_ARBEIDSMARKT', 'TBD', null], ['KANSRIJKE_START', 'TBD', null],
    ]);
    expect(c.availableFunds.map((f: Json) => [f.fundingStream.code, f.amount.amount, f.note])).toEqual([
      ['NPO', '151405.00', null], ['NPO', '103193.00', 'NPO 2021 restant'],
    ]);
    expect(c.subtotals[0]).toMatchObject({ computed: { amount: '254598.00' }, matches: false });
  });

  it('Voerendaal: Totaal middelen NPO counts only the NPO lines, so it matches and there is no finding', async () => {
    const data = await ok(`{ budgetPlan(id: "voerendaal-npo-2021-2023") {
      year endYear total { amount } findings { kind }
      sections { statedTotal { amount } computedTotal { amount } subtotals { label stated { amount } computed { amount } matches fundingStream { code } }
        lines { number status amount { amount } fundingStream { code } recipient { id } intervention { id } activity { id } plan { id } } } } }`);
    const plan = data.budgetPlan;
    expect([plan.year, plan.endYear]).toEqual([2021, 2023]);
    expect(plan.findings).toEqual([]);
    expect(plan.total).toEqual({ amount: '121000.00' });
    const [section] = plan.sections;
    expect(section.statedTotal).toBeNull();
    expect(section.subtotals).toEqual([
      { label: 'Totaal middelen NPO', stated: { amount: '101000.00' }, computed: { amount: '101000.00' }, matches: true, fundingStream: { code: 'NPO' } },
    ]);
    expect(section.lines.map((l: Json) => l.number)).toEqual(['a', 'b', 'c', 'd', 'd', 'e', 'f', 'g', 'h', 'i']);
    // §6 as printed: a within TMF's assignment, d as € 20.000 NPO + € 20.000 culture money, i P.M.
    expect(section.lines.map((l: Json) => [l.amount?.amount ?? l.status, l.fundingStream.code])).toEqual([
      ['WITHIN_EXISTING', 'GEMEENTE_REGULIER'], ['15000.00', 'NPO'], ['16000.00', 'NPO'], ['20000.00', 'NPO'], ['20000.00', 'CULTUUR_CORONA'],
      ['5000.00', 'NPO'], ['30000.00', 'NPO'], ['10000.00', 'NPO'], ['5000.00', 'NPO'], ['PM', 'DUURZAAMHEID_GEMEENTE'],
    ]);
    expect(section.lines[0]).toEqual({
      number: 'a', status: 'WITHIN_EXISTING', amount: null, fundingStream: { code: 'GEMEENTE_REGULIER' },
      recipient: { id: 'the-move-factory' }, intervention: { id: 'voerendaal-npo-plan' }, activity: { id: 'voerendaal-npo-a' },
      plan: { id: 'voerendaal-npo-2021-2023' },
    });
  });

  it('returns null for an unknown plan id, and key stubs or null for other subgraphs\' entities', async () => {
    const data = await ok(`{ none: budgetPlan(id: "nope") { id }
      plan: budgetPlan(id: "maassluis-2023") { sections { lines { number recipient { id } intervention { id } activity { id } } } } }`);
    expect(data.none).toBeNull();
    const lines = data.plan.sections[0].lines;
    expect(lines[8]).toEqual({ number: '9', recipient: { id: 'basisschool-de-diamant' }, intervention: null, activity: null });
    expect(lines[0].recipient).toBeNull();
  });

  it('lists the eleven funding streams with their earmarking', async () => {
    const data = await ok('{ fundingStreams { code earmarked scope } }');
    const byCode = Object.fromEntries(data.fundingStreams.map((s: Json) => [s.code, [s.earmarked, s.scope]]));
    expect(Object.keys(byCode).sort()).toEqual([
      'AANSLUITING_ARBEIDSMARKT', 'ASSCHERMIDDELEN', 'CULTUUR_CORONA', 'DUURZAAMHEID_GEMEENTE', 'GEMEENTE_REGULIER', 'GOAB',
      'KANSRIJKE_START', 'LEERPLICHT_RBL', 'LOKAAL_ONDERWIJSBELEID', 'NPO', 'SPUK_VE_OEKRAINE',
    ]);
    expect(byCode.GOAB).toEqual([true, 'NATIONAL']);
    expect(byCode.LEERPLICHT_RBL).toEqual([false, 'NATIONAL']);
    expect(byCode.LOKAAL_ONDERWIJSBELEID).toEqual([false, 'LOCAL']);
  });
});

describe('Municipality.budgetPlans(year)', () => {
  it('covers the year asked, or every plan without one; Venray has none', async () => {
    const data = await ok(
      ENTITIES(`... on Municipality { code y2023: budgetPlans(year: 2023) { id } y2022: budgetPlans(year: 2022) { id } all: budgetPlans { id } }`),
      { r: ['GM0556', 'GM0986', 'GM0984'].map((code) => ({ __typename: 'Municipality', code })) },
    );
    expect(data._entities).toEqual([
      { code: 'GM0556', y2023: [{ id: 'maassluis-2023' }], y2022: [], all: [{ id: 'maassluis-2023' }] },
      { code: 'GM0986', y2023: [{ id: 'voerendaal-npo-2021-2023' }], y2022: [{ id: 'voerendaal-npo-2021-2023' }], all: [{ id: 'voerendaal-npo-2021-2023' }] },
      { code: 'GM0984', y2023: [], y2022: [], all: [] },
    ]);
  });
});

describe('FundingAllocations (contract: GM0986)', () => {
  it('computes the NPO allocation from its formula, planned and unallocated', async () => {
    const [m] = await entitiesOf('Municipality', [{ code: 'GM0986' }], `fundingAllocations {
      id fundingStream { code name } periodStart periodEnd
      terms { label quantity rate amount { amount } statedAmount { amount } }
      total { amount } statedTotal { amount } planned { amount } unallocated { amount } paymentNote }`);
    expect(m.fundingAllocations).toHaveLength(1);
    const [allocation] = m.fundingAllocations;
    expect(allocation).toMatchObject({
      id: 'voerendaal-npo',
      fundingStream: { code: 'NPO', name: 'Nationaal Programma Onderwijs (NPO)' },
      periodStart: '2021-08-01',
      periodEnd: '2023-07-31',
      terms: [
        { label: 'Leerlingen primair onderwijs', quantity: '931', rate: '118.11', amount: { amount: '109960.41' }, statedAmount: { amount: '109960.41' } },
        { label: 'Achterstandsscore', quantity: '145.655', rate: '22.64', amount: { amount: '3297.63' }, statedAmount: { amount: '3300.00' } },
      ],
      total: { amount: '113258.04' },
      statedTotal: { amount: '113258.00' },
      planned: { amount: '101000.00' },
      unallocated: { amount: '12258.04' },
    });
    expect(allocation.paymentNote).toContain('1 augustus 2021 tot en met 31 juli 2023');
  });

  it('reports where the printed allocation differs from the formula, and what the plans draw', async () => {
    const [m] = await entitiesOf('Municipality', [{ code: 'GM0986' }], `fundingAllocations {
      findings { kind section stated { amount } computed { amount } difference { amount } message }
      plannedLines { number fundingStream { code } amount { amount } } }`);
    const [allocation] = m.fundingAllocations;
    expect(allocation.findings.map((f: Json) => [f.kind, f.section, f.stated.amount, f.computed.amount, f.difference.amount])).toEqual([
      ['ALLOCATION_MISMATCH', null, '3300.00', '3297.63', '-2.37'],
      ['ALLOCATION_MISMATCH', null, '113258.00', '113258.04', '0.04'],
    ]);
    expect(allocation.plannedLines.map((l: Json) => l.number)).toEqual(['b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(allocation.plannedLines.every((l: Json) => l.fundingStream.code === 'NPO')).toBe(true);
  });

  it('filters by funding stream', async () => {
    const list = await entitiesOf('Municipality', [{ code: 'GM0986' }, { code: 'GM0986' }], 'code fundingAllocations(fundingStream: "GOAB") { id }');
    expect(list).toEqual([{ code: 'GM0986', fundingAllocations: [] }, { code: 'GM0986', fundingAllocations: [] }]);
    const npo = await entitiesOf('Municipality', [{ code: 'GM0986' }], 'fundingAllocations(fundingStream: "NPO") { id }');
    expect(npo[0].fundingAllocations).toEqual([{ id: 'voerendaal-npo' }]);
  });
});

describe('funding of Voerendaal\'s NPO activities and intervention', () => {
  const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];

  it('Activity.funding: a-i, d co-financed from two streams, NPO amounts add up to 101000.00', async () => {
    const list = await entitiesOf(
      'Activity',
      letters.map((l) => ({ id: `voerendaal-npo-${l}` })),
      'id funding { status fundingStream { code } amount { amount } line { number } }',
    );
    expect(list.map((a: Json) => a.id)).toEqual(letters.map((l) => `voerendaal-npo-${l}`));
    expect(list[0].funding).toEqual([{ status: 'WITHIN_EXISTING', fundingStream: { code: 'GEMEENTE_REGULIER' }, amount: null, line: { number: 'a' } }]);
    expect(list[3].funding).toEqual([
      { status: 'SET', fundingStream: { code: 'NPO' }, amount: { amount: '20000.00' }, line: { number: 'd' } },
      { status: 'SET', fundingStream: { code: 'CULTUUR_CORONA' }, amount: { amount: '20000.00' }, line: { number: 'd' } },
    ]);
    expect(list[8].funding).toEqual([{ status: 'PM', fundingStream: { code: 'DUURZAAMHEID_GEMEENTE' }, amount: null, line: { number: 'i' } }]);
    const npo = list.flatMap((a: Json) => a.funding).filter((f: Json) => f.fundingStream.code === 'NPO');
    expect(sum(npo.map((f: Json) => f.amount.amount)).toFixed(2)).toBe('101000.00');
  });

  it('Intervention.funding: every line of the plan through its activities', async () => {
    const [intervention] = await entitiesOf('Intervention', [{ id: 'voerendaal-npo-plan' }], 'funding { amount { amount } line { number activity { id } } }');
    expect(intervention.funding.map((f: Json) => f.line.number)).toEqual(['a', 'b', 'c', 'd', 'd', 'e', 'f', 'g', 'h', 'i']);
    expect(intervention.funding[4].line.activity).toEqual({ id: 'voerendaal-npo-d' });
    expect(sum(intervention.funding.map((f: Json) => f.amount?.amount)).toFixed(2)).toBe('121000.00');
  });
});

describe('_entities for every entity type, in the order asked', () => {
  it('BudgetPlan: known ids resolve, unknown ones are null', async () => {
    const list = await entitiesOf(
      'BudgetPlan',
      [{ id: 'voerendaal-npo-2021-2023' }, { id: 'unknown-plan' }, { id: 'maassluis-2023' }],
      'id municipality { code } total { amount }',
    );
    expect(list).toEqual([
      { id: 'voerendaal-npo-2021-2023', municipality: { code: 'GM0986' }, total: { amount: '121000.00' } },
      null,
      { id: 'maassluis-2023', municipality: { code: 'GM0556' }, total: { amount: '2714048.00' } },
    ]);
  });

  it('Municipality: plans and allocations per code, empty lists for codes without any', async () => {
    const list = await entitiesOf(
      'Municipality',
      [{ code: 'GM0986' }, { code: 'GM0984' }, { code: 'GM0556' }, { code: 'GM9999' }],
      'code budgetPlans { id } fundingAllocations { id }',
    );
    expect(list).toEqual([
      { code: 'GM0986', budgetPlans: [{ id: 'voerendaal-npo-2021-2023' }], fundingAllocations: [{ id: 'voerendaal-npo' }] },
      { code: 'GM0984', budgetPlans: [], fundingAllocations: [] },
      { code: 'GM0556', budgetPlans: [{ id: 'maassluis-2023' }], fundingAllocations: [] },
      { code: 'GM9999', budgetPlans: [], fundingAllocations: [] },
    ]);
  });

  it('Organisation: the lines that pay it, empty for organisations without grants', async () => {
    const list = await entitiesOf(
      'Organisation',
      [{ id: 'smk' }, { id: 'unknown-org' }, { id: 'basisschool-de-diamant' }, { id: 'bibliotheek-de-plataan' }],
      'id grants { number amount { amount } fundingStream { code } plan { id } }',
    );
    expect(list).toEqual([
      {
        id: 'smk',
        grants: [
          { number: 'd', amount: { amount: '20000.00' }, fundingStream: { code: 'NPO' }, plan: { id: 'voerendaal-npo-2021-2023' } },
          { number: 'd', amount: { amount: '20000.00' }, fundingStream: { code: 'CULTUUR_CORONA' }, plan: { id: 'voerendaal-npo-2021-2023' } },
        ],
      },
      { id: 'unknown-org', grants: [] },
      {
        id: 'basisschool-de-diamant',
        grants: [
          { number: '9', amount: { amount: '202500.00' }, fundingStream: { code: 'GOAB' }, plan: { id: 'maassluis-2023' } },
          { number: '10', amount: { amount: '26854.00' }, fundingStream: { code: 'GOAB' }, plan: { id: 'maassluis-2023' } },
        ],
      },
      { id: 'bibliotheek-de-plataan', grants: [{ number: '13', amount: { amount: '50000.00' }, fundingStream: { code: 'GOAB' }, plan: { id: 'maassluis-2023' } }] },
    ]);
  });

  it('Intervention: funding per id, empty for unknown ones', async () => {
    const list = await entitiesOf('Intervention', [{ id: 'unknown-intervention' }, { id: 'voerendaal-npo-plan' }], 'id funding { status }');
    expect(list[0]).toEqual({ id: 'unknown-intervention', funding: [] });
    expect(list[1].id).toBe('voerendaal-npo-plan');
    expect(list[1].funding).toHaveLength(10);
  });

  it('Activity: funding per id, empty for unknown ones', async () => {
    const list = await entitiesOf(
      'Activity',
      [{ id: 'voerendaal-npo-i' }, { id: 'voerendaal-npo-d' }, { id: 'unknown-activity' }, { id: 'voerendaal-npo-b' }],
      'id funding { fundingStream { code } amount { amount } }',
    );
    expect(list).toEqual([
      { id: 'voerendaal-npo-i', funding: [{ fundingStream: { code: 'DUURZAAMHEID_GEMEENTE' }, amount: null }] },
      {
        id: 'voerendaal-npo-d',
        funding: [
          { fundingStream: { code: 'NPO' }, amount: { amount: '20000.00' } },
          { fundingStream: { code: 'CULTUUR_CORONA' }, amount: { amount: '20000.00' } },
        ],
      },
      { id: 'unknown-activity', funding: [] },
      { id: 'voerendaal-npo-b', funding: [{ fundingStream: { code: 'NPO' }, amount: { amount: '15000.00' } }] },
    ]);
  });
});

describe('policy goals (beleidsdoelen): Maassluis\' seven sub-goals and Deel B lines 1-7', () => {
  const GOALS = `policyGoals { id number fromYear title description desiredResults source municipality { code }
    lines { id number amount { amount } fundingStream { code } plan { id } }
    spending { budgeted { amount } spent { amount } } }`;

  it('Municipality.policyGoals: seven goals in number order, each with its text, desired results and the Deel B line that pays for it', async () => {
    const [m, voerendaal] = await entitiesOf('Municipality', [{ code: 'GM0556' }, { code: 'GM0986' }], `code ${GOALS}`);
    expect(voerendaal).toEqual({ code: 'GM0986', policyGoals: [] });
    const goals = m.policyGoals;
    expect(goals.map((g: Json) => [g.number, g.title])).toEqual([
      [1, 'Voldoende gespreid en kwalitatief goed aanbod'],
      [2, 'Waarborgen van een doorgaande lijn'],
      [3, 'Toeleiding naar VVE'],
      [4, 'Monitoren van bereik, kwaliteit en resultaten'],
      [5, 'Kinderen voorbereiden op de wereld van morgen'],
      [6, 'Samenwerking rondom de ontwikkeling van kinderen'],
      [7, 'Voor ieder kind een passende plek'],
    ]);
    expect(goals.every((g: Json) => g.fromYear === 2023 && g.municipality.code === 'GM0556' && g.source.includes('bijlage 2'))).toBe(true);
    expect(goals.map((g: Json) => g.desiredResults.length)).toEqual([4, 3, 4, 5, 6, 5, 3]);
    expect(goals[2].description).toBe(
      'De gemeente heeft een wettelijke taak in de toeleiding van doelgroep peuters naar een voorziening voor voorschoolse ' +
        'educatie. Wij hebben daarin focus op de doelgroep peuters maar willen dat alle peuters gebruik maken van een ' +
        'voorschoolse voorziening. Wij streven naar gemengde groepen met doelgroep peuters en overige peuters.',
    );
    expect(goals[2].desiredResults).toEqual([
      'Zorgen dat alle doelgroepkinderen in beeld zijn en een VE-indicatie krijgen.',
      'Alle doelgroeppeuters gaan naar een voorziening voor voorschoolse educatie.',
      'Alle peuters gaan naar een voorziening voor kinderopvang voordat zij naar school gaan.',
      'Alle kinderen gaan met 4 jaar naar de basisschool.',
    ]);
    expect(goals[6].desiredResults[1]).toBe('Inclusieve kinderopvang, waaronder een BSO plus.');
    // Exactly the links the begroting makes: line n of Deel B pays for Doel n, nothing else.
    expect(goals.map((g: Json) => g.lines.map((l: Json) => [l.id, l.number, l.amount.amount, l.fundingStream.code]))).toEqual(
      goals.map((g: Json) => [[`maassluis-2023-b-${g.number}`, String(g.number), g.number === 6 ? '15000.00' : '10000.00', 'LOKAAL_ONDERWIJSBELEID']]),
    );
    expect(goals.map((g: Json) => g.spending.budgeted.amount)).toEqual(['10000.00', '10000.00', '10000.00', '10000.00', '10000.00', '15000.00', '10000.00']);
    expect(sum(goals.map((g: Json) => g.spending.budgeted.amount)).toFixed(2)).toBe('75000.00');
  });

  it('BudgetLine.policyGoal and BudgetPlan.spendingByPolicyGoal: only Deel B 1-7 name a goal; the spend per goal adds up to Subtotaal B (1 t/m 7)', async () => {
    const data = await ok(`{ budgetPlan(id: "maassluis-2023") {
      sections { label lines { number policyGoal { id number } } }
      spendingByPolicyGoal { policyGoal { number } spending { budgeted { amount } spent { amount } remaining { amount } overspent } } } }`);
    const plan = data.budgetPlan;
    const linked = plan.sections.flatMap((s: Json) => s.lines.filter((l: Json) => l.policyGoal).map((l: Json) => [s.label, l.number, l.policyGoal.number]));
    expect(linked).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => ['B', String(n), n]));
    expect(plan.spendingByPolicyGoal.map((g: Json) => g.policyGoal.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(plan.spendingByPolicyGoal[5].spending).toEqual({ budgeted: { amount: '15000.00' }, spent: { amount: '0.00' }, remaining: { amount: '15000.00' }, overspent: false });
    expect(sum(plan.spendingByPolicyGoal.map((g: Json) => g.spending.budgeted.amount)).toFixed(2)).toBe('75000.00');
    const voerendaal = await ok('{ budgetPlan(id: "voerendaal-npo-2021-2023") { spendingByPolicyGoal { policyGoal { id } } } }');
    expect(voerendaal.budgetPlan.spendingByPolicyGoal).toEqual([]);
  });
});

describe('statutory tasks (wettelijke taken) per funding stream', () => {
  it('(G)OAB pays for five statutory VE tasks and leer- en kwalificatieplicht for three; the other streams for none', async () => {
    const data = await ok('{ fundingStreams { code statutoryTasks { description legalBasis source } } }');
    const tasks = Object.fromEntries(data.fundingStreams.map((s: Json) => [s.code, s.statutoryTasks]));
    expect(tasks.GOAB.map((t: Json) => t.description)).toEqual([
      expect.stringContaining('960 uur voorschoolse educatie'),
      expect.stringContaining('doorgaande leerlijn van voorschool naar vroegschool'),
      'Toeleiding van doelgroeppeuters naar een voorziening voor voorschoolse educatie.',
      'Jaarlijkse afspraken over VVE met de bevoegde gezagsorganen van basisonderwijs en VE-kinderopvang.',
      'Monitoren van bereik, kwaliteit en resultaten van VVE.',
    ]);
    expect(tasks.GOAB[0].legalBasis).toContain('Wet OKE');
    expect(tasks.LEERPLICHT_RBL.map((t: Json) => t.legalBasis)).toEqual(['Leerplichtwet', 'Leerplichtwet', null]);
    expect(tasks.LEERPLICHT_RBL[2].description).toContain('Regionale Meld- en Coördinatiefunctie (RMC)');
    expect([...tasks.GOAB, ...tasks.LEERPLICHT_RBL].every((t: Json) => t.source.startsWith('Onderwijskansenbeleid Maassluis'))).toBe(true);
    const withTasks = Object.entries(tasks).filter(([, list]) => (list as Json[]).length > 0).map(([code]) => code);
    expect(withTasks.sort()).toEqual(['GOAB', 'LEERPLICHT_RBL']);
  });

  it('a line reaches its stream\'s statutory tasks: Deel A line 1 is statutory and (G)OAB-funded', async () => {
    const data = await ok('{ budgetPlan(id: "maassluis-2023") { sections { lines { statutory fundingStream { code statutoryTasks { legalBasis } } } } } }');
    const [a] = data.budgetPlan.sections;
    expect(a.lines[0]).toMatchObject({ statutory: true, fundingStream: { code: 'GOAB' } });
    expect(a.lines[0].fundingStream.statutoryTasks).toHaveLength(5);
  });
});

describe('no N+1', () => {
  async function queriesFor(query: string, variables: Record<string, unknown>): Promise<number> {
    queryCounter.reset();
    await ok(query, variables);
    return queryCounter.counts.get('budgets') ?? 0;
  }

  it('resolving one or nine activities with their lines, streams and plans costs the same few queries', async () => {
    const query = ENTITIES('... on Activity { funding { fundingStream { code } line { plan { id title } } } }');
    const reps = (letters: string) => [...letters].map((l) => ({ __typename: 'Activity', id: `voerendaal-npo-${l}` }));
    const one = await queriesFor(query, { r: reps('a') });
    const nine = await queriesFor(query, { r: reps('abcdefghi') });
    expect(nine).toBe(one);
    expect(nine).toBeLessThanOrEqual(3);
  });

  it('a whole plan with totals and findings is a constant number of queries, whatever its size', async () => {
    const query = `query ($r: [_Any!]!, $year: Int!) { _entities(representations: $r) { ... on Municipality { ${BUDGET_PLAN} } } }`;
    const one = await queriesFor(query, { r: [{ __typename: 'Municipality', code: 'GM0556' }], year: 2023 });
    const three = await queriesFor(query, {
      r: ['GM0556', 'GM0986', 'GM0984'].map((code) => ({ __typename: 'Municipality', code })),
      year: 2023,
    });
    expect(three).toBeLessThanOrEqual(one + 2); // the allocation terms and lines only Voerendaal has
    expect(three).toBeLessThanOrEqual(10);
  });

  it('policy goals with their lines, streams, statutory tasks and spending: the same queries for one municipality or three', async () => {
    const query = ENTITIES(`... on Municipality { policyGoals { number lines { policyGoal { id } fundingStream { statutoryTasks { description } } }
      spending { spent { amount } } } budgetPlans { spendingByPolicyGoal { policyGoal { title } spending { budgeted { amount } } } } }`);
    const one = await queriesFor(query, { r: [{ __typename: 'Municipality', code: 'GM0556' }] });
    const three = await queriesFor(query, { r: ['GM0556', 'GM0986', 'GM0984'].map((code) => ({ __typename: 'Municipality', code })) });
    expect(one).toBeLessThanOrEqual(10);
    expect(three).toBeLessThanOrEqual(one + 1); // Voerendaal's plan has lines of streams Maassluis lacks
  });
});

describe('exact money', () => {
  it('0.10 + 0.20 is 0.30 here: a printed subtotal of 0.30 matches, where binary floats would not', async () => {
    expect(0.1 + 0.2 === 0.3).toBe(false); // what a float implementation would compare
    const db = subgraph.dataSource;
    await db.query(`INSERT INTO budgets.budget_plan (id, municipality_code, year, end_year, title) VALUES ('float-check', 'GM9999', 2030, 2030, 'Float check')`);
    try {
      await db.query(`INSERT INTO budgets.budget_section (id, plan_id, position, label, title) VALUES ('float-check-x', 'float-check', 1, 'X', 'X')`);
      await db.query(`INSERT INTO budgets.budget_line (id, section_id, plan_id, position, description, status, amount, statutory)
        VALUES ('float-check-x-1', 'float-check-x', 'float-check', 1, 'a', 'SET', 0.10, false),
               ('float-check-x-2', 'float-check-x', 'float-check', 2, 'b', 'SET', 0.20, false)`);
      await db.query(`INSERT INTO budgets.printed_subtotal (id, section_id, position, label, stated, from_position, to_position, is_section_total)
        VALUES ('float-check-x-s', 'float-check-x', 1, 'Totaal', 0.30, 1, 2, true)`);
      const data = await ok(`{ budgetPlan(id: "float-check") { total { amount } findings { kind }
        sections { statedTotal { amount } computedTotal { amount } subtotals { matches } } } }`);
      expect(data.budgetPlan.total).toEqual({ amount: '0.30' });
      expect(data.budgetPlan.sections[0].subtotals).toEqual([{ matches: true }]);
      expect(data.budgetPlan.findings).toEqual([]);
    } finally {
      await db.query(`DELETE FROM budgets.budget_plan WHERE id = 'float-check'`);
    }
  });

  it('rounds a term half-up to the cent: 1 × 1.005 is 1.01, where a float rounds to 1.00', async () => {
    expect((1 * 1.005).toFixed(2)).toBe('1.00'); // the float answer
    const db = subgraph.dataSource;
    await db.query(`INSERT INTO budgets.funding_allocation (id, municipality_code, funding_stream_code, period_start, period_end)
      VALUES ('rounding-check', 'GM9999', 'NPO', '2030-01-01', '2030-12-31')`);
    try {
      await db.query(`INSERT INTO budgets.allocation_term (allocation_id, position, label, quantity, rate) VALUES
        ('rounding-check', 1, 'x', 1, 1.005), ('rounding-check', 2, 'y', 145.655, 22.64), ('rounding-check', 3, 'z', 931, 118.11)`);
      const [m] = await entitiesOf('Municipality', [{ code: 'GM9999' }], 'fundingAllocations { terms { amount { amount } } total { amount } unallocated { amount } }');
      const [allocation] = m.fundingAllocations;
      expect(allocation.terms.map((t: Json) => t.amount.amount)).toEqual(['1.01', '3297.63', '109960.41']);
      // In floats 109960.41 + 3297.63 + 1.01 is 113259.05000000002.
      expect(allocation.total).toEqual({ amount: '113259.05' });
      expect(allocation.unallocated).toEqual({ amount: '113259.05' });
    } finally {
      await db.query(`DELETE FROM budgets.funding_allocation WHERE id = 'rounding-check'`);
    }
  });

  it('sums Decimal strings, never floats', () => {
    expect(sum(['0.10', '0.20']).equals(new Decimal('0.30'))).toBe(true);
  });
});

// The demo plans record no realisations yet; the realisation tests add (and remove) their own.
describeSubgraphSchema(budgets, { subgraph: () => subgraph, emptyInDemo: ['realisation'] });

describe('database', () => {
  it('reseeding restores a changed amount', async () => {
    const before = await tableDigests(subgraph.dataSource);
    await subgraph.dataSource.query(`UPDATE budgets.budget_line SET amount = 1 WHERE id = 'maassluis-2023-a-1'`);
    expect(await tableDigests(subgraph.dataSource)).not.toEqual(before);
    await budgets.seed(subgraph.dataSource);
    expect(await tableDigests(subgraph.dataSource)).toEqual(before);
    expect(await budgets.hasData(subgraph.dataSource)).toBe(true);
  });

  it('holds the demo data: 2 plans, 5 sections, 40 lines, 6 printed subtotals, 1 allocation with 2 terms, 7 goals, 8 statutory tasks', async () => {
    const count = async (table: string) => Number((await subgraph.dataSource.query(`SELECT count(*) AS n FROM budgets.${table}`))[0].n);
    expect(await count('budget_plan')).toBe(2);
    expect(await count('budget_section')).toBe(5);
    expect(await count('budget_line')).toBe(15 + 11 + 2 + 2 + 10);
    expect(await count('printed_subtotal')).toBe(6);
    expect(await count('funding_allocation')).toBe(1);
    expect(await count('allocation_term')).toBe(2);
    expect(await count('policy_goal')).toBe(7);
    expect(await count('statutory_task')).toBe(8);
  });
});

// After the demo-data checks above: these write, and restore the demo data when done.
const sg = () => subgraph;
paymentScheduleTests(sg);
realisationTests(sg);
writesTests(sg);
csvTests(sg, () => peerUrls);
