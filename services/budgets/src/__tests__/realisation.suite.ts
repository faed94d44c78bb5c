import { queryCounter } from '@kansrijk/kit';
import { MAASSLUIS_OFFICER, VOERENDAAL_OFFICER, ok, refusal, snapshot, type Json, type Subgraph } from './harness';
import { BAD_AMOUNTS, RECORD } from './operations';

const record = (sg: Subgraph, input: Json, who = MAASSLUIS_OFFICER) => ok(sg, RECORD, { input }, who);

export function realisationTests(sg: Subgraph) {
  describe('realisation (spent per line per quarter)', () => {
    afterAll(async () => {
      await sg().dataSource.query('DELETE FROM budgets.realisation');
    });

    it('the demo data has no realisation: the sources print none', async () => {
      expect(await sg().dataSource.query('SELECT * FROM budgets.realisation')).toEqual([]);
      const data = await ok(sg, '{ budgetPlan(id: "maassluis-2023") { spending { budgeted { amount } spent { amount } remaining { amount } overspent } } }');
      expect(data.budgetPlan.spending).toEqual({ budgeted: { amount: '2714048.00' }, spent: { amount: '0.00' }, remaining: { amount: '2714048.00' }, overspent: false });
    });

    it('records entries and shows spent against budgeted per line, section, stream, quarter and plan, exactly', async () => {
      const { recordRealisation: entry } = await record(sg, { lineId: 'maassluis-2023-a-4', year: 2023, quarter: 1, amount: '0.10', note: 'Q1' });
      expect(entry).toMatchObject({ year: 2023, quarter: 1, amount: { amount: '0.10', currency: 'EUR' }, correction: false, note: 'Q1', line: { id: 'maassluis-2023-a-4', number: '4', spending: { spent: { amount: '0.10' } } } });
      await record(sg, { lineId: 'maassluis-2023-a-4', year: 2023, quarter: 2, amount: '0.20' });
      await record(sg, { lineId: 'maassluis-2023-b-8', year: 2023, quarter: 2, amount: '100000' });
      await record(sg, { lineId: 'maassluis-2023-b-8', year: 2023, quarter: 3, amount: '-0.01', correction: true, note: 'correctie' });
      const data = await ok(sg, `{ budgetPlan(id: "maassluis-2023") {
        spending { budgeted { amount } spent { amount } remaining { amount } overspent }
        spendingByStream { fundingStream { code } spending { budgeted { amount } spent { amount } } }
        spendingByQuarter { year quarter spent { amount } }
        sections { label spending { spent { amount } remaining { amount } }
          lines { id spending { budgeted { amount } spent { amount } remaining { amount } overspent } realisations { quarter amount { amount } correction } } }
        findings { kind } } }`);
      const plan = data.budgetPlan;
      // 0.10 + 0.20 is 0.30 here; in floats it is 0.30000000000000004.
      const a4 = plan.sections[0].lines[3];
      expect(a4.spending).toEqual({ budgeted: { amount: '17500.00' }, spent: { amount: '0.30' }, remaining: { amount: '17499.70' }, overspent: false });
      expect(a4.realisations).toEqual([
        { quarter: 1, amount: { amount: '0.10' }, correction: false },
        { quarter: 2, amount: { amount: '0.20' }, correction: false },
      ]);
      expect(plan.sections[1].lines[7].spending.spent).toEqual({ amount: '99999.99' });
      expect(plan.sections.map((s: Json) => [s.label, s.spending.spent.amount])).toEqual([['A', '0.30'], ['B', '99999.99'], ['C', '0.00'], ['D', '0.00']]);
      expect(plan.sections[0].spending.remaining).toEqual({ amount: '1943620.70' });
      expect(plan.spending).toEqual({ budgeted: { amount: '2714048.00' }, spent: { amount: '100000.29' }, remaining: { amount: '2614047.71' }, overspent: false });
      expect(plan.spendingByQuarter).toEqual([
        { year: 2023, quarter: 1, spent: { amount: '0.10' } },
        { year: 2023, quarter: 2, spent: { amount: '100000.20' } },
        { year: 2023, quarter: 3, spent: { amount: '-0.01' } },
      ]);
      const byStream = Object.fromEntries(plan.spendingByStream.map((s: Json) => [s.fundingStream.code, [s.spending.budgeted.amount, s.spending.spent.amount]]));
      expect(byStream.GOAB).toEqual(['2098176.00', '0.30']);
      expect(byStream.LEERPLICHT_RBL).toEqual(['236061.00', '99999.99']);
      expect(plan.spendingByStream[0].fundingStream.code).toBe('GOAB');
      expect(plan.findings.map((f: Json) => f.kind)).toEqual(['SUBTOTAL_MISMATCH']);
    });

    it('a line that spends more than it budgets is an OVERSPENT finding, with the amounts and the difference', async () => {
      await record(sg, { lineId: 'maassluis-2023-a-6', year: 2023, quarter: 4, amount: '2500.01' });
      await record(sg, { lineId: 'maassluis-2023-b-10', year: 2023, quarter: 4, amount: '50' });
      const data = await ok(sg, `{ budgetPlan(id: "maassluis-2023") { findings { kind section message stated { amount } computed { amount } difference { amount } }
        sections { lines { number spending { overspent remaining { amount } } } } } }`);
      const over = data.budgetPlan.findings.filter((f: Json) => f.kind === 'OVERSPENT');
      expect(over).toEqual([
        expect.objectContaining({ section: 'A', stated: { amount: '2500.00' }, computed: { amount: '2500.01' }, difference: { amount: '0.01' } }),
        expect.objectContaining({ section: 'B', stated: { amount: '0.00' }, computed: { amount: '50.00' }, difference: { amount: '50.00' } }),
      ]);
      expect(over[0].message).toContain("line 6 'Advies tarieven VE en subsidieformat'");
      expect(over[1].message).toContain('has no set amount (TBD)');
      expect(data.budgetPlan.sections[0].lines[5].spending).toEqual({ overspent: true, remaining: { amount: '-0.01' } });
      // A correction brings it back within budget, and the finding goes away.
      await record(sg, { lineId: 'maassluis-2023-a-6', year: 2023, quarter: 4, amount: '-0.01', correction: true });
      const after = await ok(sg, '{ budgetPlan(id: "maassluis-2023") { findings { kind section } } }');
      expect(after.budgetPlan.findings).toEqual([{ kind: 'SUBTOTAL_MISMATCH', section: 'C' }, { kind: 'OVERSPENT', section: 'B' }]);
    });

    it('Intervention.spending, Activity.spending and Activity funding lines: Voerendaal activity d from two streams', async () => {
      await record(sg, { lineId: 'voerendaal-npo-2021-2023-npo-4', year: 2022, quarter: 3, amount: '12500' }, VOERENDAAL_OFFICER);
      await record(sg, { lineId: 'voerendaal-npo-2021-2023-npo-5', year: 2022, quarter: 3, amount: '7500.50' }, VOERENDAAL_OFFICER);
      const data = await ok(sg, `{ _entities(representations: [{ __typename: "Intervention", id: "voerendaal-npo-plan" }, { __typename: "Activity", id: "voerendaal-npo-d" }]) {
        ... on Intervention { spending { budgeted { amount } spent { amount } remaining { amount } } }
        ... on Activity { spending { budgeted { amount } spent { amount } remaining { amount } overspent }
          funding { fundingStream { code } amount { amount } line { spending { spent { amount } } } } } } }`);
      const [intervention, activity] = data._entities;
      expect(intervention.spending).toEqual({ budgeted: { amount: '121000.00' }, spent: { amount: '20000.50' }, remaining: { amount: '100999.50' } });
      expect(activity.funding.map((f: Json) => [f.fundingStream.code, f.amount.amount, f.line.spending.spent.amount])).toEqual([
        ['NPO', '20000.00', '12500.00'],
        ['CULTUUR_CORONA', '20000.00', '7500.50'],
      ]);
      // Its own spending: both streams together.
      expect(activity.spending).toEqual({ budgeted: { amount: '40000.00' }, spent: { amount: '20000.50' }, remaining: { amount: '19999.50' }, overspent: false });
    });

    it('spending of every line, section, stream and plan is a constant number of queries, whatever the number of plans', async () => {
      const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { budgetPlans {
        spending { spent { amount } } spendingByStream { fundingStream { code } spending { spent { amount } } } spendingByQuarter { quarter }
        sections { spending { spent { amount } } lines { spending { spent { amount } } realisations { amount { amount } line { id } } } } findings { kind } } } } }`;
      const count = async (codes: string[]) => {
        queryCounter.reset();
        await ok(sg, query, { r: codes.map((code) => ({ __typename: 'Municipality', code })) });
        return queryCounter.counts.get('budgets') ?? 0;
      };
      const one = await count(['GM0556']);
      const two = await count(['GM0556', 'GM0986']);
      expect(two).toBeLessThanOrEqual(one + 2); // the allocation terms and lines only Voerendaal has
      expect(two).toBeLessThanOrEqual(12);
    });

    it('spending and funding of any number of activities are a constant number of queries', async () => {
      const ids = (await sg().dataSource.query(`SELECT DISTINCT activity_id AS id FROM budgets.budget_line WHERE activity_id IS NOT NULL ORDER BY 1`)).map((r: { id: string }) => r.id);
      expect(ids.length).toBeGreaterThan(3);
      const count = async (some: string[]) => {
        queryCounter.reset();
        const data = await ok(sg, `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Activity { spending { spent { amount } } funding { line { id } } } } }`, {
          r: some.map((id) => ({ __typename: 'Activity', id })),
        });
        expect(data._entities.every((a: Json) => a.spending !== null)).toBe(true);
        return queryCounter.counts.get('budgets') ?? 0;
      };
      expect(await count(ids)).toBe(await count(ids.slice(0, 1)));
    });

    describe('refused entries write nothing', () => {
      let before: string;
      beforeEach(async () => {
        before = await snapshot(sg);
      });
      afterEach(async () => {
        expect(await snapshot(sg)).toBe(before);
      });

      it.each(BAD_AMOUNTS)('an amount that is %s: BAD_USER_INPUT on amount', async (_, amount) => {
        const res = await sg().query(RECORD, { input: { lineId: 'maassluis-2023-a-1', year: 2023, quarter: 1, amount } }, MAASSLUIS_OFFICER);
        expect(refusal(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.amount' });
      });

      it.each([
        ['quarter 5', { quarter: 5 }, 'input.quarter'],
        ['quarter 0', { quarter: 0 }, 'input.quarter'],
        ['a year outside the plan', { year: 2024 }, 'input.year'],
        ['an unknown line', { lineId: 'nope' }, 'input.lineId'],
        ['a correction that is not a number', { correction: true, amount: '-1e3' }, 'input.amount'],
      ])('%s: BAD_USER_INPUT on the field', async (_, change, field) => {
        const input = { lineId: 'maassluis-2023-a-1', year: 2023, quarter: 1, amount: '1.00', ...change };
        expect(refusal(await sg().query(RECORD, { input }, MAASSLUIS_OFFICER))).toEqual({ code: 'BAD_USER_INPUT', field });
      });

      it("an officer of Voerendaal may not record on Maassluis' lines", async () => {
        const res = await sg().query(RECORD, { input: { lineId: 'maassluis-2023-a-1', year: 2023, quarter: 1, amount: '1.00' } }, VOERENDAAL_OFFICER);
        expect(refusal(res).code).toBe('FORBIDDEN');
      });
    });
  });
}
