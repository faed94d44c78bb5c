/**
 * Concurrent writes of the same records, through the gateway: nothing is lost, nothing is doubled.
 * Every write runs in kit's writeTransaction (SERIALIZABLE, retried on a serialization conflict); these
 * tests send the writes at once and then check the stored state. On the embedded PGlite, which runs one
 * transaction at a time, they pass trivially; CI runs them on the machine's PostgreSQL, where the
 * writes really interleave (services/kit/src/__tests__/transaction.test.ts shows the race is real there).
 */
import { Like } from 'typeorm';
import { CoalitionMember, Organisation, OrganisationLocation, OrganisationMunicipality } from '../services/partners/src/entities';
import { ADD_LINE, ADD_SECTION, CREATE_PLAN, RECORD, UPDATE_LINE } from '../services/budgets/src/__tests__/operations';
import { startStack, type Stack } from './stack';

let stack: Stack;
const PREFIX = 'gelijktijdig-';

const PLAN = 'gm0556-2031-gelijktijdig';

async function removeTestRows() {
  const budgets = stack.dataSources.budgets;
  await budgets.query(`DELETE FROM budgets.realisation WHERE line_id LIKE $1`, [`${PLAN}-%`]);
  await budgets.query(`DELETE FROM budgets.budget_line WHERE plan_id = $1`, [PLAN]);
  await budgets.query(`DELETE FROM budgets.budget_section WHERE plan_id = $1`, [PLAN]);
  await budgets.query(`DELETE FROM budgets.budget_plan WHERE id = $1`, [PLAN]);
  const db = stack.dataSources.partners;
  await db.getRepository(CoalitionMember).delete({ organisationId: Like(`${PREFIX}%`) });
  await db.getRepository(OrganisationLocation).delete({ organisationId: Like(`${PREFIX}%`) });
  await db.getRepository(OrganisationMunicipality).delete({ organisationId: Like(`${PREFIX}%`) });
  await db.getRepository(Organisation).delete({ id: Like(`${PREFIX}%`) });
}

beforeAll(async () => {
  stack = await startStack();
  await removeTestRows();
});
afterAll(async () => {
  await removeTestRows();
  await stack?.close();
});

const CREATE = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { id } }`;
const ADD_MEMBER = `mutation ($input: AddCoalitionMemberInput!) { addCoalitionMember(input: $input) { organisation { id } } }`;

function ok(res: { errors?: unknown[]; data?: unknown }) {
  expect(res.errors).toBeUndefined();
  return res.data as any;
}

it('creates ten organisations of the same name at once: ten rows, ten distinct ids, no error', async () => {
  const admin = await stack.token('admin');
  const input = { name: 'Gelijktijdig Kindcentrum', kind: 'CHILD_CENTRE', municipalities: ['GM0984'] };
  const answers = await Promise.all(Array.from({ length: 10 }, () => stack.query(CREATE, { input }, admin)));
  const ids = answers.map((res) => ok(res).createOrganisation.id);
  expect(new Set(ids).size).toBe(10);
  expect(ids).toContain('gelijktijdig-kindcentrum');
  expect(await stack.dataSources.partners.getRepository(Organisation).countBy({ id: Like(`${PREFIX}%`) })).toBe(10);
});

it('lets ten organisations join one coalition at once: all are members, each with its own position', async () => {
  const officer = await stack.token('officer', { municipalities: ['GM0984'] });
  const ids = (await stack.dataSources.partners.getRepository(Organisation).findBy({ id: Like(`${PREFIX}%`) })).map((o) => o.id);
  expect(ids).toHaveLength(10);
  const answers = await Promise.all(
    ids.map((organisationId) => stack.query(ADD_MEMBER, { input: { coalitionId: 'venray-brukske', organisationId, role: 'OTHER_PARTNER' } }, officer)),
  );
  answers.forEach(ok);
  const members = await stack.dataSources.partners.getRepository(CoalitionMember).findBy({ coalitionId: 'venray-brukske' });
  expect(members.filter((m) => m.organisationId.startsWith(PREFIX))).toHaveLength(10);
  const positions = members.map((m) => m.position);
  expect(new Set(positions).size).toBe(members.length);
});

it('keeps every field of simultaneous patches of one organisation: none undoes another', async () => {
  const officer = await stack.token('officer', { municipalities: ['GM0984'] });
  const ids = (await stack.dataSources.partners.getRepository(Organisation).findBy({ id: Like(`${PREFIX}%`) })).map((o) => o.id);
  // Each organisation gets two patches at once, of different fields. A write that read the row before the
  // other committed would write its stale copy of the other field back (a lost update).
  const answers = await Promise.all(
    ids.flatMap((id, i) => [
      stack.query(UPDATE, { id, input: { description: `Beschrijving ${i}` } }, officer),
      stack.query(UPDATE, { id, input: { kvkNumber: String(90000000 + i) } }, officer),
      stack.query(UPDATE, { id, input: { childPlaces: 40 + i } }, officer),
    ]),
  );
  answers.forEach(ok);
  const rows = await stack.dataSources.partners.getRepository(Organisation).findBy({ id: Like(`${PREFIX}%`) });
  for (const row of rows) {
    const i = ids.indexOf(row.id);
    expect({ description: row.description, kvkNumber: row.kvkNumber, childPlaces: row.childPlaces }).toEqual({
      description: `Beschrijving ${i}`,
      kvkNumber: String(90000000 + i),
      childPlaces: 40 + i,
    });
  }
});

describe('a budget plan written by several officers at once', () => {
  let officer: string;
  let sectionId: string;

  beforeAll(async () => {
    officer = await stack.token('officer', { municipalities: ['GM0556'] });
    const plan = ok(await stack.query(CREATE_PLAN, { input: { municipalityCode: 'GM0556', year: 2031, title: 'Gelijktijdig' } }, officer));
    expect(plan.createBudgetPlan.id).toBe(PLAN);
    sectionId = ok(await stack.query(ADD_SECTION, { input: { planId: PLAN, label: 'A', title: 'Gelijktijdig' } }, officer)).addBudgetSection.id;
  });

  it('adds ten lines to one section at once: ten lines, positions 1 to 10, the total exact', async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        stack.query(ADD_LINE, { input: { sectionId, description: `Regel ${i + 1}`, status: 'SET', amount: `${1000 + i}.1${i}` } }, officer),
      ),
    );
    answers.forEach(ok);
    const lines: { position: number; amount: string }[] = await stack.dataSources.budgets.query(
      `SELECT position, amount FROM budgets.budget_line WHERE section_id = $1 ORDER BY position`,
      [sectionId],
    );
    expect(lines.map((l) => l.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // 1000.10 + 1001.11 + … + 1009.19 = 10 × 1000 + (0 + … + 9) + (0.10 + … + 0.19) = 10046.45
    const plan = await stack.query(`{ budgetPlan(id: "${PLAN}") { total { amount } } }`, {}, officer);
    expect(plan.data.budgetPlan.total.amount).toBe('10046.45');
  });

  it('keeps every field of simultaneous patches of the same lines, and every realisation recorded at once', async () => {
    const lines: { id: string; position: number }[] = await stack.dataSources.budgets.query(
      `SELECT id, position FROM budgets.budget_line WHERE section_id = $1 ORDER BY position`,
      [sectionId],
    );
    // Four patches of different fields per line, all forty at once, and two realisations per line.
    const answers = await Promise.all(
      lines.flatMap(({ id, position }) => [
        stack.query(UPDATE_LINE, { id, input: { description: `Omschrijving ${position}` } }, officer),
        stack.query(UPDATE_LINE, { id, input: { note: `Toelichting ${position}` } }, officer),
        stack.query(UPDATE_LINE, { id, input: { amount: `${2000 + position}.00` } }, officer),
        stack.query(UPDATE_LINE, { id, input: { fundingStream: 'GOAB' } }, officer),
        stack.query(RECORD, { input: { lineId: id, year: 2031, quarter: 1, amount: '0.10' } }, officer),
        stack.query(RECORD, { input: { lineId: id, year: 2031, quarter: 2, amount: '0.20' } }, officer),
      ]),
    );
    answers.forEach(ok);
    const rows = await stack.dataSources.budgets.query(
      `SELECT position, description, note, amount, funding_stream_code AS stream FROM budgets.budget_line WHERE section_id = $1 ORDER BY position`,
      [sectionId],
    );
    expect(rows).toEqual(
      lines.map(({ position }) => ({ position, description: `Omschrijving ${position}`, note: `Toelichting ${position}`, amount: `${2000 + position}.00`, stream: 'GOAB' })),
    );
    const plan = await stack.query(`{ budgetPlan(id: "${PLAN}") { total { amount } spending { spent { amount } } } }`, {}, officer);
    expect(plan.data.budgetPlan).toEqual({ total: { amount: '20055.00' }, spending: { spent: { amount: '3.00' } } });
  });
});

describe('an intervention edited by several officers at once', () => {
  const ID = 'gm0984-gelijktijdig-leesproject';
  const remove = () =>
    Promise.all(
      ['intervention_organisation', 'intervention_theme', 'reach_figure'].map((table) =>
        stack.dataSources.interventions.query(`DELETE FROM interventions.${table} WHERE intervention_id = $1`, [ID]),
      ),
    ).then(() => stack.dataSources.interventions.query(`DELETE FROM interventions.intervention WHERE id = $1`, [ID]));
  beforeAll(remove);
  afterAll(remove);

  it('keeps every field of simultaneous patches: none writes the others back', async () => {
    const officer = await stack.token('officer', { municipalities: ['GM0984'] });
    const created = await stack.query(
      `mutation ($input: CreateInterventionInput!) { createIntervention(input: $input) { id } }`,
      { input: { municipality: 'GM0984', name: 'Gelijktijdig leesproject' } },
      officer,
    );
    expect(ok(created).createIntervention.id).toBe(ID);
    const UPDATE_INTERVENTION = `mutation ($id: ID!, $input: UpdateInterventionInput!) { updateIntervention(id: $id, input: $input) { id } }`;
    const patches = [
      { summary: 'Voorlezen in de wijk' },
      { status: 'PILOT' },
      { phase: 'PREPARATION' },
      { preventionLevel: 'UNIVERSAL' },
      { startYear: 2024 },
      { organisations: ['unik', 'spovenray'] },
      { themes: ['MEERTALIGHEID'] },
      { lessons: ['Begin klein'] },
    ];
    (await Promise.all(patches.map((input) => stack.query(UPDATE_INTERVENTION, { id: ID, input }, officer)))).forEach(ok);
    const read = await stack.query(
      `{ intervention(id: "${ID}") { summary status phase preventionLevel startYear organisations { id } themes { code } lessons } }`,
      {},
      officer,
    );
    expect(read.data.intervention).toEqual({
      summary: 'Voorlezen in de wijk',
      status: 'PILOT',
      phase: 'PREPARATION',
      preventionLevel: 'UNIVERSAL',
      startYear: 2024,
      organisations: [{ id: 'unik' }, { id: 'spovenray' }],
      themes: [{ code: 'MEERTALIGHEID' }],
      lessons: ['Begin klein'],
    });
  });
});
