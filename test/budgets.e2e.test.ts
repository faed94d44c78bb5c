/**
 * The budgets capabilities through the gateway: payment schedules, realisation against budget,
 * writes per role and per bad input (nothing written), across the subgraphs that add to them.
 */
import { sum } from '@kansrijk/kit';
import { startStack, type Stack } from './stack';
import {
  ADD_LINE,
  ADD_SECTION,
  BAD_AMOUNTS,
  CREATE_PLAN,
  RECORD,
  REMOVE_LINE,
  UPDATE_LINE,
  UPDATE_PLAN,
} from '../services/budgets/src/__tests__/operations';

let stack: Stack;
let officer: string;
let admin: string;

beforeAll(async () => {
  stack = await startStack();
  officer = await stack.token('officer', { municipalities: ['GM0556'] });
  admin = await stack.token('admin');
});
afterAll(async () => {
  // The other end-to-end tests expect the demo data as seeded: leave no plan or entry behind.
  await stack?.dataSources.budgets.query(`DELETE FROM budgets.realisation`);
  await stack?.dataSources.budgets.query(`DELETE FROM budgets.budget_plan WHERE id LIKE 'gm0556-2031-%'`);
  await stack?.close();
});

async function ok(query: string, variables: Record<string, unknown>, token: string) {
  const res = await stack.query(query, variables, token);
  expect(res.errors).toBeUndefined();
  return res.data;
}

/** The single error of a refused request, as the client sees it. */
function refusal(res: { data?: unknown; errors?: any[] }) {
  expect(res.errors).toHaveLength(1);
  return { code: res.errors![0].extensions?.code, field: res.errors![0].extensions?.field };
}

/** Row counts of every budgets table, to show that a refused write wrote nothing. */
async function counts(): Promise<string> {
  const [row] = await stack.dataSources.budgets.query(`SELECT
    (SELECT count(*) FROM budgets.budget_plan) AS plans, (SELECT count(*) FROM budgets.budget_section) AS sections,
    (SELECT count(*) FROM budgets.budget_line) AS lines, (SELECT count(*) FROM budgets.realisation) AS entries,
    (SELECT string_agg(id || '=' || coalesce(amount::text, status) || '>' || coalesce(policy_goal_id, ''), ',' ORDER BY id) FROM budgets.budget_line) AS amounts,
    (SELECT string_agg(id || '=' || title || end_year, ',' ORDER BY id) FROM budgets.budget_plan) AS titles`);
  return JSON.stringify(row);
}

describe('payment schedule through the gateway', () => {
  it("Voerendaal's NPO allocation: 20 payments from December 2021 to July 2023 that add up to the total", async () => {
    const data = await ok(
      `query ($code: ID!) { municipality(code: $code) { name fundingAllocations { total { amount }
        paymentSchedule { number paymentMonth coversFrom coversTo months amount { amount } absorbsRounding } } } }`,
      { code: 'GM0986' },
      admin,
    );
    expect(data.municipality.name).toBe('Voerendaal');
    const [allocation] = data.municipality.fundingAllocations;
    const schedule = allocation.paymentSchedule;
    expect(schedule).toHaveLength(20);
    expect(schedule[0]).toEqual({ number: 1, paymentMonth: '2021-12', coversFrom: '2021-08-01', coversTo: '2021-12-31', months: 5, amount: { amount: '23595.43' }, absorbsRounding: false });
    expect(schedule[19]).toEqual({ number: 20, paymentMonth: '2023-07', coversFrom: '2023-07-01', coversTo: '2023-07-31', months: 1, amount: { amount: '4718.99' }, absorbsRounding: true });
    expect(sum(schedule.map((i: any) => i.amount.amount)).toFixed(2)).toBe('113258.04');
  });
});

describe('writes by role', () => {
  const attempts: [string, string, Record<string, unknown>][] = [
    ['createBudgetPlan', CREATE_PLAN, { input: { municipalityCode: 'GM0556', year: 2031, title: 'Refused' } }],
    ['updateBudgetPlan', UPDATE_PLAN, { id: 'maassluis-2023', input: { title: 'Refused' } }],
    ['addBudgetSection', ADD_SECTION, { input: { planId: 'maassluis-2023', label: 'E', title: 'Refused' } }],
    ['addBudgetLine', ADD_LINE, { input: { sectionId: 'maassluis-2023-a', description: 'Refused', status: 'PM' } }],
    ['updateBudgetLine', UPDATE_LINE, { id: 'maassluis-2023-a-1', input: { amount: '1.00' } }],
    ['removeBudgetLine', REMOVE_LINE, { id: 'maassluis-2023-a-15' }],
    ['recordRealisation', RECORD, { input: { lineId: 'maassluis-2023-a-1', year: 2023, quarter: 1, amount: '1.00' } }],
  ];
  const roles: [string, () => Promise<string>][] = [
    ['analyst', () => stack.token('analyst', { municipalities: ['GM0556'] })],
    ['lea', () => stack.token('lea', { municipalities: ['GM0556'] })],
    ['partner', () => stack.token('partner', { municipalities: ['GM0556'], organisations: ['cjg-rijnmond'] })],
    ['officer of Voerendaal', () => stack.token('officer', { municipalities: ['GM0986'] })],
  ];

  it.each(roles)('%s gets FORBIDDEN for every budgets mutation, and nothing is written', async (_, tokenFor) => {
    const token = await tokenFor();
    const before = await counts();
    for (const [name, query, variables] of attempts) {
      const res = await stack.query(query, variables, token);
      expect([name, refusal(res).code]).toEqual([name, 'FORBIDDEN']);
    }
    expect(await counts()).toBe(before);
  });

  it('without a token: UNAUTHENTICATED', async () => {
    const res = await stack.query(attempts[0][1], attempts[0][2], null);
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['an officer of Maassluis', () => officer],
    ['an admin', () => admin],
  ])('%s builds, changes and accounts for a plan of Maassluis', async (who, tokenFor) => {
    const token = tokenFor();
    const title = `Begroting 2031 ${who}`;
    const { createBudgetPlan: plan } = await ok(CREATE_PLAN, { input: { municipalityCode: 'GM0556', year: 2031, title } }, token);
    expect(plan).toMatchObject({ year: 2031, endYear: 2031, title, municipality: { code: 'GM0556' } });
    const { addBudgetSection: section } = await ok(ADD_SECTION, { input: { planId: plan.id, label: 'A', title: '(G)OAB' } }, token);
    const line = async (input: Record<string, unknown>) => (await ok(ADD_LINE, { input: { sectionId: section.id, ...input } }, token)).addBudgetLine;
    const first = await line({ number: '1', description: 'Peuteropvang', status: 'SET', amount: '0.10', statutory: true, fundingStream: 'GOAB', recipientId: 'cjg-rijnmond' });
    const second = await line({ number: '2', description: 'Toeleiding', status: 'SET', amount: '0.20', fundingStream: 'GOAB' });
    const third = await line({ number: '3', description: 'Kansrijke Start', status: 'TBD', fundingStream: 'KANSRIJKE_START' });
    expect(third.amount).toBeNull();
    expect(second.plan.total).toEqual({ amount: '0.30' });
    await ok(UPDATE_LINE, { id: second.id, input: { amount: '0.25', note: 'bijgesteld' } }, token);
    await ok(UPDATE_PLAN, { id: plan.id, input: { source: 'Raadsbesluit' } }, token);
    await ok(RECORD, { input: { lineId: first.id, year: 2031, quarter: 1, amount: '0.10' } }, token);
    await ok(RECORD, { input: { lineId: first.id, year: 2031, quarter: 2, amount: '0.01' } }, token);
    const { recordRealisation: correction } = await ok(RECORD, { input: { lineId: second.id, year: 2031, quarter: 2, amount: '-0.05', correction: true, note: 'correctie' } }, token);
    expect(correction).toMatchObject({ amount: { amount: '-0.05' }, correction: true, line: { spending: { spent: { amount: '-0.05' } } } });
    const { removeBudgetLine: after } = await ok(REMOVE_LINE, { id: third.id }, token);
    expect(after.lines.map((l: any) => l.number)).toEqual(['1', '2']);

    const data = await ok(
      `query ($code: ID!) { municipality(code: $code) { name budgetPlans(year: 2031) { id title source total { amount }
        spending { budgeted { amount } spent { amount } remaining { amount } overspent }
        spendingByStream { fundingStream { code } spending { spent { amount } } }
        spendingByQuarter { year quarter spent { amount } }
        sections { lines { number amount { amount } recipient { id name } spending { spent { amount } overspent } } }
        findings { kind section stated { amount } computed { amount } difference { amount } } } } }`,
      { code: 'GM0556' },
      token,
    );
    expect(data.municipality.name).toBe('Maassluis');
    const mine = data.municipality.budgetPlans.find((p: any) => p.id === plan.id);
    expect(mine).toMatchObject({ title, source: 'Raadsbesluit', total: { amount: '0.35' } });
    expect(mine.spending).toEqual({ budgeted: { amount: '0.35' }, spent: { amount: '0.06' }, remaining: { amount: '0.29' }, overspent: false });
    expect(mine.spendingByStream).toEqual([{ fundingStream: { code: 'GOAB' }, spending: { spent: { amount: '0.06' } } }]);
    expect(mine.spendingByQuarter).toEqual([{ year: 2031, quarter: 1, spent: { amount: '0.10' } }, { year: 2031, quarter: 2, spent: { amount: '-0.04' } }]);
    expect(mine.sections[0].lines[0]).toEqual({
      number: '1', amount: { amount: '0.10' }, recipient: { id: 'cjg-rijnmond', name: 'Centrum voor Jeugd en Gezin Rijnmond' },
      spending: { spent: { amount: '0.11' }, overspent: true },
    });
    // 0.10 + 0.01 spent on a line of 0.10: overspent by exactly one cent.
    expect(mine.findings).toEqual([{ kind: 'OVERSPENT', section: 'A', stated: { amount: '0.10' }, computed: { amount: '0.11' }, difference: { amount: '0.01' } }]);
  });
});

describe('findings through the gateway', () => {
  it("a line that takes Maassluis' Deel B over its printed leerplicht funds is a finding, until it is removed", async () => {
    const query = '{ municipality(code: "GM0556") { budgetPlans(year: 2023) { findings { kind section stated { amount } computed { amount } difference { amount } } } } }';
    const findings = async () => (await ok(query, {}, officer)).municipality.budgetPlans[0].findings;
    const { addBudgetLine: line } = await ok(ADD_LINE, { input: { sectionId: 'maassluis-2023-b', description: 'Extra', status: 'SET', amount: '0.01', fundingStream: 'LEERPLICHT_RBL' } }, officer);
    expect(await findings()).toEqual([
      { kind: 'SUBTOTAL_MISMATCH', section: 'C', stated: { amount: '254595.00' }, computed: { amount: '254598.00' }, difference: { amount: '3.00' } },
      { kind: 'EXCEEDS_AVAILABLE_FUNDS', section: 'B', stated: { amount: '236061.00' }, computed: { amount: '236061.01' }, difference: { amount: '0.01' } },
    ]);
    await ok(REMOVE_LINE, { id: line.id }, officer);
    expect((await findings()).map((f: any) => f.kind)).toEqual(['SUBTOTAL_MISMATCH']);
  });

  it("a Voerendaal line that draws one cent more NPO than the allocation's formula gives is OVER_ALLOCATED", async () => {
    const voerendaal = await stack.token('officer', { municipalities: ['GM0986'] });
    const query = `{ municipality(code: "GM0986") { budgetPlans { findings { kind stated { amount } computed { amount } difference { amount } } }
      fundingAllocations { unallocated { amount } } } }`;
    const { addBudgetLine: line } = await ok(ADD_LINE, { input: { sectionId: 'voerendaal-npo-2021-2023-npo', description: 'Extra', status: 'SET', amount: '12258.05', fundingStream: 'NPO' } }, voerendaal);
    const data = (await ok(query, {}, voerendaal)).municipality;
    expect(data.budgetPlans[0].findings).toEqual([{ kind: 'OVER_ALLOCATED', stated: { amount: '113258.04' }, computed: { amount: '113258.05' }, difference: { amount: '0.01' } }]);
    expect(data.fundingAllocations[0].unallocated).toEqual({ amount: '-0.01' });
    await ok(REMOVE_LINE, { id: line.id }, voerendaal);
    expect((await ok(query, {}, voerendaal)).municipality.budgetPlans[0].findings).toEqual([]);
  });
});

describe('bad input through the gateway: BAD_USER_INPUT naming the field, nothing written', () => {
  let before: string;
  beforeEach(async () => {
    before = await counts();
  });
  afterEach(async () => {
    expect(await counts()).toBe(before);
  });

  it.each(BAD_AMOUNTS)('an amount that is %s', async (_, amount) => {
    const add = await stack.query(ADD_LINE, { input: { sectionId: 'maassluis-2023-a', description: 'X', status: 'SET', amount } }, officer);
    expect(refusal(add)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.amount' });
    const update = await stack.query(UPDATE_LINE, { id: 'maassluis-2023-a-1', input: { amount } }, officer);
    expect(refusal(update)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.amount' });
    const record = await stack.query(RECORD, { input: { lineId: 'maassluis-2023-a-1', year: 2023, quarter: 1, amount } }, officer);
    expect(refusal(record)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.amount' });
  });

  it.each([
    ['an unknown municipality', CREATE_PLAN, { input: { municipalityCode: 'GM05560', year: 2031, title: 'X' } }, 'input.municipalityCode'],
    ['an unknown funding stream', ADD_LINE, { input: { sectionId: 'maassluis-2023-a', description: 'X', status: 'PM', fundingStream: 'LOTTERY' } }, 'input.fundingStream'],
    ['a SET line without an amount', ADD_LINE, { input: { sectionId: 'maassluis-2023-a', description: 'X', status: 'SET' } }, 'input.amount'],
    ['a PM line with an amount', ADD_LINE, { input: { sectionId: 'maassluis-2023-a', description: 'X', status: 'PM', amount: '5.00' } }, 'input.amount'],
    ['an amount on a TBD line', UPDATE_LINE, { id: 'maassluis-2023-b-10', input: { amount: '5.00' } }, 'input.amount'],
    ['a negative realisation that is not a correction', RECORD, { input: { lineId: 'maassluis-2023-a-1', year: 2023, quarter: 1, amount: '-5.00' } }, 'input.amount'],
    ['quarter 5', RECORD, { input: { lineId: 'maassluis-2023-a-1', year: 2023, quarter: 5, amount: '5.00' } }, 'input.quarter'],
    ['a year outside the plan', RECORD, { input: { lineId: 'maassluis-2023-a-1', year: 2031, quarter: 1, amount: '5.00' } }, 'input.year'],
    ['an end year before the year', UPDATE_PLAN, { id: 'maassluis-2023', input: { endYear: 2020 } }, 'input.endYear'],
    ['a section label that exists', ADD_SECTION, { input: { planId: 'maassluis-2023', label: 'C', title: 'X' } }, 'input.label'],
    ['an unknown policy goal', ADD_LINE, { input: { sectionId: 'maassluis-2023-b', description: 'X', status: 'PM', policyGoalId: 'maassluis-2023-doel-9' } }, 'input.policyGoalId'],
    ['an unknown policy goal on update', UPDATE_LINE, { id: 'maassluis-2023-b-3', input: { policyGoalId: 'toeleiding' } }, 'input.policyGoalId'],
  ])('%s', async (_, query, variables, field) => {
    expect(refusal(await stack.query(query as string, variables as Record<string, unknown>, officer))).toEqual({ code: 'BAD_USER_INPUT', field });
  });
});

describe('policy goals and statutory tasks through the gateway', () => {
  it("Maassluis' seven goals with the Deel B lines that pay for them, spent against budgeted per goal, beside partners' name", async () => {
    const lea = await stack.token('lea', { municipalities: ['GM0556'] });
    const data = await ok(
      `{ municipality(code: "GM0556") { name policyGoals { number title desiredResults
          lines { number description amount { amount } fundingStream { code name } } spending { budgeted { amount } spent { amount } } }
        budgetPlans(year: 2023) { spendingByPolicyGoal { policyGoal { number } spending { budgeted { amount } } } } } }`,
      {},
      lea,
    );
    const m = data.municipality;
    expect(m.name).toBe('Maassluis');
    expect(m.policyGoals.map((g: any) => g.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(m.policyGoals[5]).toMatchObject({
      title: 'Samenwerking rondom de ontwikkeling van kinderen',
      lines: [{ number: '6', description: 'Samenwerking rondom de ontwikkeling van kinderen (o.a. ouderkamers en de Onderwijsprijs)', amount: { amount: '15000.00' }, fundingStream: { code: 'LOKAAL_ONDERWIJSBELEID', name: 'Lokaal onderwijsbeleid' } }],
      spending: { budgeted: { amount: '15000.00' }, spent: { amount: '0.00' } },
    });
    expect(m.policyGoals[0].desiredResults[0]).toBe('Een passend en bereikbaar VE-aanbod voor alle kinderen met een risico op achterstand.');
    const perGoal = m.budgetPlans[0].spendingByPolicyGoal;
    expect(sum(perGoal.map((g: any) => g.spending.budgeted.amount)).toFixed(2)).toBe('75000.00');
  });

  it('an officer links a line to a goal and moves it back; the funding streams name their statutory tasks', async () => {
    const { updateBudgetLine: line } = await ok(UPDATE_LINE, { id: 'maassluis-2023-a-2', input: { policyGoalId: 'maassluis-2023-doel-3' } }, officer);
    expect(line.policyGoal).toEqual({ id: 'maassluis-2023-doel-3', number: 3 });
    const { updateBudgetLine: back } = await ok(UPDATE_LINE, { id: 'maassluis-2023-a-2', input: { policyGoalId: null } }, officer);
    expect(back.policyGoal).toBeNull();
    const streams = await ok('{ fundingStreams { code statutoryTasks { description legalBasis } } }', {}, officer);
    const leerplicht = streams.fundingStreams.find((s: any) => s.code === 'LEERPLICHT_RBL');
    expect(leerplicht.statutoryTasks.map((t: any) => t.legalBasis)).toEqual(['Leerplichtwet', 'Leerplichtwet', null]);
  });
});

describe('realisation across subgraphs', () => {
  it("a LEA dashboard gets a plan's spending with the other domains' figures in one request", async () => {
    const lea = await stack.token('lea', { municipalities: ['GM0556'] });
    const data = await ok(
      `{ municipality(code: "GM0556") { name earlyEducation(year: 2023) { indicated { label } }
        budgetPlans(year: 2023) { title spending { budgeted { amount } spent { amount } overspent } findings { kind } } } }`,
      {},
      lea,
    );
    expect(data.municipality.name).toBe('Maassluis');
    expect(data.municipality.earlyEducation.indicated.label).toMatch(/^\d+$|^<5$/);
    expect(data.municipality.budgetPlans).toEqual([
      {
        title: 'Begroting onderwijskansenbeleid 2023',
        // The sources print no spending: the demo has none.
        spending: { budgeted: { amount: '2714048.00' }, spent: { amount: '0.00' }, overspent: false },
        findings: [{ kind: 'SUBTOTAL_MISMATCH' }],
      },
    ]);
  });

  afterAll(async () => {
    await stack.dataSources.budgets.query(`DELETE FROM budgets.realisation WHERE line_id LIKE 'voerendaal-%'`);
  });

  it('Intervention.spending, Activity.spending and Activity.funding: activity d from NPO and culture money, each with its spending', async () => {
    const voerendaal = await stack.token('officer', { municipalities: ['GM0986'] });
    await ok(RECORD, { input: { lineId: 'voerendaal-npo-2021-2023-npo-4', year: 2022, quarter: 3, amount: '20000.01' } }, voerendaal);
    await ok(RECORD, { input: { lineId: 'voerendaal-npo-2021-2023-npo-5', year: 2022, quarter: 4, amount: '7500.50' } }, voerendaal);
    const data = await ok(
      `query ($code: ID!) { municipality(code: $code) { interventions { id spending { budgeted { amount } spent { amount } overspent }
        activities { code spending { budgeted { amount } spent { amount } overspent } funding { fundingStream { code } amount { amount } line { spending { spent { amount } overspent } } } } } } }`,
      { code: 'GM0986' },
      voerendaal,
    );
    const plan = data.municipality.interventions.find((i: any) => i.id === 'voerendaal-npo-plan');
    expect(plan.spending).toEqual({ budgeted: { amount: '121000.00' }, spent: { amount: '27500.51' }, overspent: false });
    const d = plan.activities.find((a: any) => a.code === 'd');
    // One line overspent by a cent, the other well under: the activity as a whole is not overspent.
    expect(d.spending).toEqual({ budgeted: { amount: '40000.00' }, spent: { amount: '27500.51' }, overspent: false });
    expect(d.funding).toEqual([
      { fundingStream: { code: 'NPO' }, amount: { amount: '20000.00' }, line: { spending: { spent: { amount: '20000.01' }, overspent: true } } },
      { fundingStream: { code: 'CULTUUR_CORONA' }, amount: { amount: '20000.00' }, line: { spending: { spent: { amount: '7500.50' }, overspent: false } } },
    ]);
    const plans = await ok(`{ municipality(code: "GM0986") { budgetPlans { findings { kind section difference { amount } message } } } }`, {}, voerendaal);
    const findings = plans.municipality.budgetPlans[0].findings;
    expect(findings).toEqual([expect.objectContaining({ kind: 'OVERSPENT', section: 'NPO', difference: { amount: '0.01' } })]);
    expect(findings[0].message).toContain("line d 'Onderzoek leerlijn muziek' budgets 20000.00, but 20000.01 was spent");
  });
});

describe("other domains' keys on plans and lines are checked with their owners", () => {
  it('links a line to an organisation, an intervention and an activity that exist, and shows them across subgraphs', async () => {
    const voerendaal = await stack.token('officer', { municipalities: ['GM0986'] });
    const { addBudgetLine: line } = await ok(
      ADD_LINE,
      { input: { sectionId: 'voerendaal-npo-2021-2023-npo', description: 'Gekoppeld', status: 'PM', recipientId: 'unik', interventionId: 'gorinchem-g-town', activityId: 'voerendaal-npo-b' } },
      voerendaal,
    );
    try {
      const data = await ok(`{ budgetPlan(id: "voerendaal-npo-2021-2023") { sections { lines { id recipient { id name } intervention { id name } activity { id code } } } } }`, {}, voerendaal);
      const linked = data.budgetPlan.sections.flatMap((s: any) => s.lines).find((l: any) => l.id === line.id);
      expect(linked.recipient).toMatchObject({ id: 'unik', name: expect.any(String) });
      expect(linked.intervention).toMatchObject({ id: 'gorinchem-g-town', name: expect.stringContaining('G-Town') });
      expect(linked.activity).toEqual({ id: 'voerendaal-npo-b', code: 'b' });
    } finally {
      await ok(REMOVE_LINE, { id: line.id }, voerendaal);
    }
  });

  it.each([
    ['a well-formed municipality code that does not exist', CREATE_PLAN, { input: { municipalityCode: 'GM9999', year: 2031, title: 'X' } }, 'input.municipalityCode'],
    ['an unknown recipient', ADD_LINE, { input: { sectionId: 'maassluis-2023-a', description: 'X', status: 'PM', recipientId: 'bestaat-niet' } }, 'input.recipientId'],
    ['an unknown intervention', ADD_LINE, { input: { sectionId: 'maassluis-2023-a', description: 'X', status: 'PM', interventionId: 'bestaat-niet' } }, 'input.interventionId'],
    ['an unknown activity', UPDATE_LINE, { id: 'maassluis-2023-a-1', input: { activityId: 'bestaat-niet' } }, 'input.activityId'],
  ])('refuses %s, naming the field; nothing is written', async (_, query, variables, field) => {
    const before = await counts();
    expect(refusal(await stack.query(query as string, variables as Record<string, unknown>, admin))).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await counts()).toBe(before);
  });

  it('with partners down, a line naming a recipient fails cleanly: no host in the answer, nothing written', async () => {
    const before = await counts();
    await stack.stopSubgraph('partners');
    try {
      const res = await stack.query(ADD_LINE, { input: { sectionId: 'maassluis-2023-a', description: 'X', status: 'PM', recipientId: 'unik' } }, officer);
      expect(res.errors?.map((e: any) => e.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(JSON.stringify(res)).not.toMatch(/127\.0\.0\.1|localhost|http:/);
      // A line naming no other domain's key needs no other subgraph.
      const plain = await stack.query(ADD_LINE, { input: { sectionId: 'maassluis-2023-a', description: 'Zonder ontvanger', status: 'PM' } }, officer);
      expect(plain.errors).toBeUndefined();
      await ok(REMOVE_LINE, { id: plain.data.addBudgetLine.id }, officer);
    } finally {
      await stack.startSubgraph('partners');
    }
    expect(await counts()).toBe(before);
  });
});
