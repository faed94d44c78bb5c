/**
 * Every operation of the public contract, through the gateway, on the demo data, with the values the
 * contract README promises.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Decimal, sum } from '@kansrijk/kit';
import { DEMO_MUNICIPALITIES } from '@kansrijk/demo';
import { operation, startStack, type Stack } from './stack';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

const GKA_MUNICIPALITIES = [
  'GM0512', 'GM1952', 'GM1900', 'GM0307', 'GM0173', 'GM0118', 'GM0361', 'GM1969', 'GM1509', 'GM0796', 'GM0405', 'GM0928', 'GM0794', 'GM0034', 'GM0074',
];

const BRUKSKE_SIGNATORIES = [
  'basisschool-de-krokodaris', 'spovenray', 'kc-krokodaris', 'kinderopvang-t-nest', 'unik',
  'jgz-ggd-venray', 'synthese', 'gemeente-venray', 'wijkcentrum-brukske', 'wonen-limburg',
];

function noErrors(res: { errors?: unknown[] }) {
  expect(res.errors).toBeUndefined();
}

describe('the contract operations', () => {
  // gateway/examples/contract.sha256 records the contract's files (written from ../shared/contract with
  // `sha256sum *.graphql`), so the copies are checked in a clone without the shared folder too.
  const recorded = readFileSync(join(__dirname, '..', 'gateway', 'examples', 'contract.sha256'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(/\s+/))
    .map(([hash, file]) => ({ hash, file }));
  const shared = join(__dirname, '..', '..', 'shared', 'contract');

  it('ships the contract operations unchanged as explorer examples (as recorded)', () => {
    expect(recorded.length).toBeGreaterThanOrEqual(8);
    for (const { hash, file } of recorded) expect([file, createHash('sha256').update(operation(file)).digest('hex')]).toEqual([file, hash]);
  });

  (existsSync(shared) ? it : it.skip)('records every operation of ../shared/contract, as it is there', () => {
    const files = readdirSync(shared).filter((f) => f.endsWith('.graphql')).sort();
    expect(recorded.map((r) => r.file).sort()).toEqual(files);
    for (const file of files) expect(operation(file)).toBe(readFileSync(join(shared, file), 'utf8'));
  });

  it('LeaOverview: Venray across all four subgraphs', async () => {
    const res = await stack.query(operation('lea-overview.graphql'), { code: 'GM0984', year: 2023 });
    noErrors(res);
    const m = res.data.municipality;
    expect(m).toMatchObject({ code: 'GM0984', name: 'Venray' });
    const brukske = m.coalitions.find((c: any) => c.id === 'venray-brukske');
    expect(brukske).toBeDefined();
    expect(brukske.members.map((x: any) => x.organisation.id)).toEqual(BRUKSKE_SIGNATORIES);
    expect(new Set(brukske.members.map((x: any) => x.role))).toEqual(new Set(['COALITION_PARTNER']));
    expect(brukske.interventions.length).toBeGreaterThanOrEqual(10);
    expect(m.earlyEducation.indicated.suppressed).toBe(false);
    expect(m.earlyEducation.indicated.value).toBeGreaterThanOrEqual(m.earlyEducation.placed.value);
    expect(m.earlyEducation.reachRate.value).toBeGreaterThan(0.5);
    expect(m.earlyEducation.reachRate.value).toBeLessThanOrEqual(1);
    expect(m.budgetPlans).toEqual([]);
    const dinIds = brukske.interventions.map((i: any) => i.id);
    expect(m.interventions.map((i: any) => i.id)).toEqual(expect.arrayContaining(dinIds));
    for (const i of m.interventions) expect(i.themes.length).toBeGreaterThan(0);
  });

  it("BudgetPlan: Maassluis' begroting 2023 with printed and computed subtotals", async () => {
    const res = await stack.query(operation('budget-plan.graphql'), { code: 'GM0556', year: 2023 });
    noErrors(res);
    const [plan] = res.data.municipality.budgetPlans;
    const a = plan.sections.find((s: any) => s.label === 'A');
    expect(a.statedTotal.amount).toBe('1943621.00');
    expect(a.computedTotal.amount).toBe('1943621.00');
    expect(a.lines).toHaveLength(15);
    expect(a.lines.filter((l: any) => l.statutory).map((l: any) => l.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(a.lines.every((l: any) => l.amount.currency === 'EUR' && l.fundingStream.code === 'GOAB')).toBe(true);
    expect(plan.sections.map((s: any) => s.label)).toEqual(['A', 'B', 'C', 'D']);
    const c = plan.sections.find((s: any) => s.label === 'C');
    expect(c.statedTotal.amount).toBe('254595.00');
    expect(c.computedTotal.amount).toBe('254598.00');
    expect(plan.findings).toEqual([expect.objectContaining({ kind: 'SUBTOTAL_MISMATCH', section: 'C', difference: { amount: '3.00' } })]);
  });

  it("FundingAllocations: Voerendaal's NPO allocation by formula", async () => {
    const res = await stack.query(operation('funding-allocations.graphql'), { code: 'GM0986' });
    noErrors(res);
    const npo = res.data.municipality.fundingAllocations.find((a: any) => a.fundingStream.code === 'NPO');
    expect(npo.terms.map((t: any) => [t.quantity, t.rate, t.amount.amount])).toEqual([
      ['931', '118.11', '109960.41'],
      ['145.655', '22.64', '3297.63'],
    ]);
    expect(npo.total.amount).toBe('113258.04');
    expect(npo.planned.amount).toBe('101000.00');
    expect(npo.unallocated.amount).toBe('12258.04');
    expect([npo.periodStart, npo.periodEnd]).toEqual(['2021-08-01', '2023-07-31']);
  });

  it('Coalition: the Brukske pact with its bodies and DIN model', async () => {
    const res = await stack.query(operation('coalition.graphql'), { id: 'venray-brukske' });
    noErrors(res);
    const c = res.data.coalition;
    expect(c.municipality).toEqual({ code: 'GM0984', name: 'Venray' });
    expect(c.questionZero).toContain('in de wijk Brukske');
    expect(c.members).toHaveLength(10);
    const steering = c.bodies.find((b: any) => b.kind === 'STEERING_GROUP');
    expect(steering.meetingsPerYear).toBe(2);
    expect(c.bodies.find((b: any) => b.kind === 'CORE_GROUP').members).toHaveLength(6);
    expect(c.themes).toHaveLength(3);
    for (const theme of c.themes) expect(theme.goals.some((g: any) => g.kind === 'MORE')).toBe(true);
    expect(c.themes.flatMap((t: any) => t.goals).some((g: any) => g.kind === 'BETTER')).toBe(true);
    expect(c.interventions.length).toBeGreaterThanOrEqual(10);
  });

  it('InterventionCatalogue: the fifteen GKA interventions, each in its municipality, paged', async () => {
    const res = await stack.query(operation('intervention-catalogue.graphql'), { first: 100 });
    noErrors(res);
    const { totalCount, edges, pageInfo } = res.data.interventions;
    expect(totalCount).toBeGreaterThanOrEqual(15);
    expect(edges).toHaveLength(totalCount);
    expect(pageInfo.hasNextPage).toBe(false);
    const codes = new Set(edges.map((e: any) => e.node.municipality.code));
    for (const code of GKA_MUNICIPALITIES) expect(codes).toContain(code);
    const parkstad = edges.find((e: any) => e.node.municipality.code === 'GM0928');
    expect(parkstad.node.municipality.name).toBe('Kerkrade');
    expect(parkstad.node.themes.map((t: any) => t.code)).toContain('SOEPELE_OVERGANG');

    const first = await stack.query(operation('intervention-catalogue.graphql'), { first: 5 });
    const next = await stack.query(operation('intervention-catalogue.graphql'), { first: 5, after: first.data.interventions.pageInfo.endCursor });
    const ids = [...first.data.interventions.edges, ...next.data.interventions.edges].map((e: any) => e.node.id);
    expect(new Set(ids).size).toBe(10);
    expect(ids).toEqual(edges.slice(0, 10).map((e: any) => e.node.id));

    const themed = await stack.query(operation('intervention-catalogue.graphql'), { theme: 'MEERTALIGHEID', first: 100 });
    noErrors(themed);
    expect(themed.data.interventions.totalCount).toBeGreaterThanOrEqual(1);
    for (const e of themed.data.interventions.edges) expect(e.node.themes.map((t: any) => t.code)).toContain('MEERTALIGHEID');
  });

  it('EarlyEducationReach: every demo municipality, with its definition version', async () => {
    const res = await stack.query(operation('early-education-reach.graphql'), { year: 2023 });
    noErrors(res);
    const byCode = new Map(res.data.municipalities.map((m: any) => [m.code, m]));
    for (const { code } of DEMO_MUNICIPALITIES) {
      const m: any = byCode.get(code);
      expect(m).toBeDefined();
      expect(m.earlyEducation.definitionVersion).toMatch(/^\d{4}-\d{2}$/);
      for (const c of [m.earlyEducation.indicated, m.earlyEducation.placed]) {
        // Withheld as "<5" (1-4) or "x" (to protect other cells, docs/children-and-privacy.md).
        expect(c.suppressed ? c.value === null && (c.label === '<5' || c.label === 'x') : c.label === String(c.value)).toBe(true);
      }
    }
    expect((byCode.get('GM0556') as any).earlyEducation.definitionVersion).toBe('2022-01');
  });

  it("InterventionActivities: Voerendaal's NPO activities a-i with categories and funding", async () => {
    const res = await stack.query(operation('intervention-activities.graphql'), { code: 'GM0986' });
    noErrors(res);
    const plan = res.data.municipality.interventions.find((i: any) => i.id === 'voerendaal-npo-plan');
    const activities = plan.activities;
    expect(activities.map((a: any) => a.code)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
    const categories = Object.fromEntries(activities.map((a: any) => [a.code, [...a.npoCategories].sort()]));
    const all = ['CARE_AND_WELLBEING', 'COOPERATION', 'PRESCHOOL_PERIOD', 'SCHOOL_WIDE_MEASURES'];
    expect(categories).toEqual({
      a: all,
      b: ['CARE_AND_WELLBEING', 'COOPERATION'],
      c: ['COOPERATION', 'PRESCHOOL_PERIOD'],
      d: ['COOPERATION', 'SCHOOL_WIDE_MEASURES'],
      e: ['COOPERATION', 'SCHOOL_WIDE_MEASURES'],
      f: ['COOPERATION', 'PRESCHOOL_PERIOD'],
      g: all,
      h: all,
      i: ['COOPERATION', 'SCHOOL_WIDE_MEASURES'],
    });
    const npo = activities.flatMap((a: any) => a.funding).filter((f: any) => f.fundingStream?.code === 'NPO' && f.status === 'SET');
    expect(sum(npo.map((f: any) => f.amount.amount)).toFixed(2)).toBe('101000.00');
    const d = activities.find((a: any) => a.code === 'd');
    expect(d.funding.map((f: any) => [f.fundingStream.code, f.amount.amount]).sort()).toEqual([
      ['CULTUUR_CORONA', '20000.00'],
      ['NPO', '20000.00'],
    ]);
    for (const a of activities) expect(a.indicators.length).toBeGreaterThan(0);
    expect(new Decimal(0.1).plus(0.2).toFixed(2)).toBe('0.30');
  });
});

describe('child-level records', () => {
  const query = operation('organisation-placements.graphql');

  it("shows a childcare organisation's placements to its own staff, and logs the read", async () => {
    const audit = stack.dataSources.children;
    const [{ n: before }] = await audit.query('SELECT count(*)::int AS n FROM children.audit_log');
    const token = await stack.token('partner', { organisations: ['kinderopvang-t-nest'] });
    const res = await stack.query(query, { id: 'kinderopvang-t-nest' }, token, 'OrganisationPlacements');
    noErrors(res);
    const placements = res.data.organisation.placements;
    expect(placements.length).toBeGreaterThan(0);
    for (const p of placements) {
      expect(p.child.id).toMatch(/^K[0-9A-F]{10}$/);
      expect(p.child.birthMonth).toMatch(/^\d{4}-\d{2}$/);
      expect(p.indication.criteria.length).toBeGreaterThan(0);
    }
    const rows = await audit.query(
      'SELECT actor, organisation_id, record_count, operation_name FROM children.audit_log ORDER BY id DESC LIMIT 1',
    );
    const [{ n: after }] = await audit.query('SELECT count(*)::int AS n FROM children.audit_log');
    expect(after).toBe(before + 1);
    expect(rows[0]).toEqual({
      actor: 'e2e-partner',
      organisation_id: 'kinderopvang-t-nest',
      record_count: placements.length,
      operation_name: 'OrganisationPlacements',
    });
  });

  it.each([
    ['analyst', {}],
    ['lea', { municipalities: ['GM0984'] }],
    ['officer', { municipalities: ['GM0984'] }],
    ['partner', { organisations: ['jgz-ggd-venray'] }],
  ])('refuses them to %s %j: FORBIDDEN and no record', async (role, extra) => {
    const token = await stack.token(role as 'analyst', extra);
    const res = await stack.query(query, { id: 'kinderopvang-t-nest' }, token);
    expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(res.data?.organisation?.placements ?? null).toBeNull();
  });
});
