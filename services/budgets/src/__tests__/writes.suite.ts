import { claims } from '@kansrijk/kit/src/testing';
import { ADMIN, MAASSLUIS_OFFICER, VOERENDAAL_OFFICER, ok, refusal, snapshot, type Json, type Subgraph } from './harness';
import { ADD_LINE, ADD_SECTION, BAD_AMOUNTS, CREATE_PLAN, RECORD, REMOVE_LINE, UPDATE_LINE, UPDATE_PLAN } from './operations';

export function writesTests(sg: Subgraph) {
  describe('writes: plans, sections and lines', () => {
    afterAll(async () => {
      await sg().dataSource.query(`DELETE FROM budgets.budget_plan WHERE id LIKE 'gm0556-2024-%' OR id LIKE 'gm0986-2024-%'`);
    });

    it('an officer of Maassluis builds a plan: plan, section, lines; totals and findings follow', async () => {
      const { createBudgetPlan: plan } = await ok(sg, CREATE_PLAN, { input: { municipalityCode: 'GM0556', year: 2024, title: 'Begroting 2024', source: 'Concept' } }, MAASSLUIS_OFFICER);
      expect(plan).toEqual({ id: 'gm0556-2024-begroting-2024', year: 2024, endYear: 2024, title: 'Begroting 2024', source: 'Concept', municipality: { code: 'GM0556' }, sections: [], total: { amount: '0.00' } });
      const { addBudgetSection: section } = await ok(sg, ADD_SECTION, { input: { planId: plan.id, label: 'A', title: '(G)OAB budget 2024' } }, MAASSLUIS_OFFICER);
      expect(section).toMatchObject({ id: 'gm0556-2024-begroting-2024-a', label: 'A', computedTotal: { amount: '0.00' } });
      const add = (input: Json) => ok(sg, ADD_LINE, { input: { sectionId: section.id, ...input } }, MAASSLUIS_OFFICER);
      const first = (await add({ number: '1', description: 'Peuteropvang', status: 'SET', amount: '0.10', statutory: true, fundingStream: 'GOAB', recipientId: 'cjg-rijnmond' })).addBudgetLine;
      expect(first).toMatchObject({ number: '1', status: 'SET', amount: { amount: '0.10' }, statutory: true, fundingStream: { code: 'GOAB' }, recipient: { id: 'cjg-rijnmond' } });
      const second = (await add({ number: '2', description: 'Toeleiding', status: 'SET', amount: 20 })).addBudgetLine;
      expect(second.plan.total).toEqual({ amount: '20.10' });
      const third = (await add({ number: '3', description: 'Kansrijke Start', status: 'TBD', fundingStream: 'KANSRIJKE_START' })).addBudgetLine;
      expect(third).toMatchObject({ status: 'TBD', amount: null });

      const { updateBudgetLine: changed } = await ok(sg, UPDATE_LINE, { id: second.id, input: { amount: '0.20', note: 'bijgesteld' } }, MAASSLUIS_OFFICER);
      expect(changed).toMatchObject({ amount: { amount: '0.20' }, description: 'Toeleiding', note: 'bijgesteld' });
      const { updateBudgetLine: pm } = await ok(sg, UPDATE_LINE, { id: first.id, input: { status: 'PM' } }, MAASSLUIS_OFFICER);
      expect(pm).toMatchObject({ status: 'PM', amount: null });
      await ok(sg, UPDATE_LINE, { id: first.id, input: { status: 'SET', amount: '0.10' } }, MAASSLUIS_OFFICER);

      const { updateBudgetPlan: renamed } = await ok(sg, UPDATE_PLAN, { id: plan.id, input: { title: 'Begroting 2024 (vastgesteld)', endYear: 2025 } }, MAASSLUIS_OFFICER);
      expect(renamed).toMatchObject({ title: 'Begroting 2024 (vastgesteld)', year: 2024, endYear: 2025 });
      const data = await ok(sg, `{ budgetPlan(id: "${plan.id}") { total { amount } sections { lines { number amount { amount } } } } }`);
      expect(data.budgetPlan.total).toEqual({ amount: '0.30' });
    });

    it('a line names the policy goal it pays for: set on add, changed and cleared on update, seen from the goal', async () => {
      const goalLines = async (id: string) =>
        (await ok(sg, `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { policyGoals { id lines { id } spending { budgeted { amount } } } } } }`, {
          r: [{ __typename: 'Municipality', code: 'GM0556' }],
        }))._entities[0].policyGoals.find((g: Json) => g.id === id);
      const { addBudgetLine: line } = await ok(
        sg,
        ADD_LINE,
        { input: { sectionId: 'maassluis-2023-b', description: 'Ouderkamer west', status: 'SET', amount: '2500.00', fundingStream: 'LOKAAL_ONDERWIJSBELEID', policyGoalId: 'maassluis-2023-doel-6' } },
        MAASSLUIS_OFFICER,
      );
      expect(line.policyGoal).toEqual({ id: 'maassluis-2023-doel-6' });
      expect(await goalLines('maassluis-2023-doel-6')).toEqual({
        id: 'maassluis-2023-doel-6',
        lines: [{ id: 'maassluis-2023-b-6' }, { id: line.id }],
        spending: { budgeted: { amount: '17500.00' } },
      });
      const { updateBudgetLine: moved } = await ok(sg, UPDATE_LINE, { id: line.id, input: { policyGoalId: 'maassluis-2023-doel-3' } }, MAASSLUIS_OFFICER);
      expect(moved.policyGoal).toEqual({ id: 'maassluis-2023-doel-3', number: 3 });
      expect((await goalLines('maassluis-2023-doel-6')).lines).toEqual([{ id: 'maassluis-2023-b-6' }]);
      const { updateBudgetLine: cleared } = await ok(sg, UPDATE_LINE, { id: line.id, input: { policyGoalId: null } }, MAASSLUIS_OFFICER);
      expect(cleared.policyGoal).toBeNull();
      expect((await goalLines('maassluis-2023-doel-3')).lines).toEqual([{ id: 'maassluis-2023-b-3' }]);
      await ok(sg, REMOVE_LINE, { id: line.id }, MAASSLUIS_OFFICER);
    });

    it('a section whose lines of a stream exceed the funds it prints as available gets a finding, until the line goes', async () => {
      const findings = async () => (await ok(sg, '{ budgetPlan(id: "maassluis-2023") { findings { kind section stated { amount } computed { amount } difference { amount } message } } }')).budgetPlan.findings;
      expect((await findings()).map((f: Json) => f.kind)).toEqual(['SUBTOTAL_MISMATCH']);
      const { addBudgetLine: line } = await ok(sg, ADD_LINE, { input: { sectionId: 'maassluis-2023-b', description: 'Extra', status: 'SET', amount: '0.01', fundingStream: 'LEERPLICHT_RBL' } }, MAASSLUIS_OFFICER);
      const [, exceeded] = await findings();
      expect(exceeded).toMatchObject({ kind: 'EXCEEDS_AVAILABLE_FUNDS', section: 'B', stated: { amount: '236061.00' }, computed: { amount: '236061.01' }, difference: { amount: '0.01' } });
      expect(exceeded.message).toContain('LEERPLICHT_RBL');
      // A pm / ntb availability is not known yet, so nothing can exceed it.
      await ok(sg, UPDATE_LINE, { id: line.id, input: { fundingStream: 'KANSRIJKE_START' } }, MAASSLUIS_OFFICER);
      expect((await findings()).map((f: Json) => f.kind)).toEqual(['SUBTOTAL_MISMATCH']);
      await ok(sg, REMOVE_LINE, { id: line.id }, MAASSLUIS_OFFICER);
    });

    it('a plan that draws more from an allocation than its formula gives is OVER_ALLOCATED, to the cent', async () => {
      const query = `{ budgetPlan(id: "voerendaal-npo-2021-2023") { findings { kind section message stated { amount } computed { amount } difference { amount } } }
        allocation: _entities(representations: [{ __typename: "Municipality", code: "GM0986" }]) { ... on Municipality {
          fundingAllocations { planned { amount } unallocated { amount } findings { kind difference { amount } } } } } }`;
      // 113258.04 allocated, 101000.00 planned: 12258.04 is still free.
      const { addBudgetLine: line } = await ok(
        sg,
        ADD_LINE,
        { input: { sectionId: 'voerendaal-npo-2021-2023-npo', number: 'j', description: 'Extra', status: 'SET', amount: '12258.04', fundingStream: 'NPO' } },
        VOERENDAAL_OFFICER,
      );
      const exact = await ok(sg, query);
      expect(exact.budgetPlan.findings).toEqual([]);
      expect(exact.allocation[0].fundingAllocations[0]).toMatchObject({ planned: { amount: '113258.04' }, unallocated: { amount: '0.00' } });
      await ok(sg, UPDATE_LINE, { id: line.id, input: { amount: '12258.05' } }, VOERENDAAL_OFFICER);
      const over = await ok(sg, query);
      expect(over.budgetPlan.findings).toEqual([
        {
          kind: 'OVER_ALLOCATED',
          section: null,
          message: 'Allocation voerendaal-npo (NPO) gives 113258.04, but the plans draw 113258.05 from it (0.01 too much).',
          stated: { amount: '113258.04' },
          computed: { amount: '113258.05' },
          difference: { amount: '0.01' },
        },
      ]);
      const [allocation] = over.allocation[0].fundingAllocations;
      expect(allocation.unallocated).toEqual({ amount: '-0.01' });
      expect(allocation.findings.map((f: Json) => [f.kind, f.difference.amount])).toEqual([
        ['ALLOCATION_MISMATCH', '-2.37'],
        ['ALLOCATION_MISMATCH', '0.04'],
        ['OVER_ALLOCATED', '0.01'],
      ]);
      await ok(sg, REMOVE_LINE, { id: line.id }, VOERENDAAL_OFFICER);
      expect((await ok(sg, query)).budgetPlan.findings).toEqual([]);
    });

    it('removing a line closes the gap and keeps printed subtotals on the same lines', async () => {
      const db = sg().dataSource;
      const { createBudgetPlan: plan } = await ok(sg, CREATE_PLAN, { input: { municipalityCode: 'GM0986', year: 2024, title: 'Removal check' } });
      const { addBudgetSection: section } = await ok(sg, ADD_SECTION, { input: { planId: plan.id, label: 'X', title: 'X' } });
      const ids: string[] = [];
      for (const n of ['1', '2', '3', '4']) ids.push((await ok(sg, ADD_LINE, { input: { sectionId: section.id, number: n, description: n, status: 'SET', amount: n } })).addBudgetLine.id);
      await db.query(`INSERT INTO budgets.printed_subtotal (id, section_id, position, label, stated, from_position, to_position, is_section_total)
        VALUES ('${section.id}-s1', '${section.id}', 1, 'Subtotaal 3-4', 7, 3, 4, false), ('${section.id}-s2', '${section.id}', 2, 'Alleen 1', 1, 1, 1, false)`);
      const { removeBudgetLine: after } = await ok(sg, REMOVE_LINE, { id: ids[1] });
      expect(after.lines.map((l: Json) => l.number)).toEqual(['1', '3', '4']);
      expect(after.computedTotal).toEqual({ amount: '8.00' });
      expect(after.subtotals).toEqual([
        { label: 'Subtotaal 3-4', computed: { amount: '7.00' }, matches: true },
        { label: 'Alleen 1', computed: { amount: '1.00' }, matches: true },
      ]);
      const before = await snapshot(sg);
      expect(refusal(await sg().query(REMOVE_LINE, { id: ids[0] }, ADMIN))).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
      await ok(sg, RECORD, { input: { lineId: ids[3], year: 2024, quarter: 1, amount: '1.00' } });
      const withEntry = await snapshot(sg);
      expect(refusal(await sg().query(REMOVE_LINE, { id: ids[3] }, ADMIN))).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(await snapshot(sg)).toBe(withEntry);
      expect(withEntry).not.toBe(before);
      const added = (await ok(sg, ADD_LINE, { input: { sectionId: section.id, number: '5', description: '5', status: 'SET', amount: '5' } })).addBudgetLine;
      expect(ids).not.toContain(added.id);
    });

    describe('refusals write nothing', () => {
      let before: string;
      beforeEach(async () => {
        before = await snapshot(sg);
      });
      afterEach(async () => {
        expect(await snapshot(sg)).toBe(before);
      });

      const others: [string, ReturnType<typeof claims>][] = [
        ['analyst', claims('analyst', { municipalities: ['GM0556'] })],
        ['lea', claims('lea', { municipalities: ['GM0556'] })],
        ['partner', claims('partner', { municipalities: ['GM0556'], organisations: ['cjg-rijnmond'] })],
        ['officer of Voerendaal', claims('officer', { municipalities: ['GM0986'] })],
        ['nobody', claims([])],
      ];
      it.each(others)('%s may not change Maassluis\' budget: FORBIDDEN', async (_, who) => {
        const attempts: [string, Record<string, unknown>][] = [
          [CREATE_PLAN, { input: { municipalityCode: 'GM0556', year: 2024, title: 'X' } }],
          [UPDATE_PLAN, { id: 'maassluis-2023', input: { title: 'X' } }],
          [ADD_SECTION, { input: { planId: 'maassluis-2023', label: 'E', title: 'X' } }],
          [ADD_LINE, { input: { sectionId: 'maassluis-2023-a', description: 'X', status: 'PM' } }],
          [UPDATE_LINE, { id: 'maassluis-2023-a-1', input: { amount: '1.00' } }],
          [REMOVE_LINE, { id: 'maassluis-2023-a-15' }],
          [RECORD, { input: { lineId: 'maassluis-2023-a-1', year: 2023, quarter: 1, amount: '1.00' } }],
        ];
        for (const [query, variables] of attempts) expect(refusal(await sg().query(query, variables, who)).code).toBe('FORBIDDEN');
      });

      it("a goal of another municipality: BAD_USER_INPUT on policyGoalId, also for an admin", async () => {
        const add = await sg().query(ADD_LINE, { input: { sectionId: 'voerendaal-npo-2021-2023-npo', description: 'X', status: 'PM', policyGoalId: 'maassluis-2023-doel-1' } }, ADMIN);
        expect(refusal(add)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.policyGoalId' });
        const update = await sg().query(UPDATE_LINE, { id: 'voerendaal-npo-2021-2023-npo-2', input: { policyGoalId: 'maassluis-2023-doel-7' } }, ADMIN);
        expect(refusal(update)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.policyGoalId' });
        expect(update.errors![0].message).toContain('GM0556');
      });

      it.each(BAD_AMOUNTS)('a line amount that is %s: BAD_USER_INPUT on amount', async (_, amount) => {
        const add = await sg().query(ADD_LINE, { input: { sectionId: 'maassluis-2023-a', description: 'X', status: 'SET', amount } }, MAASSLUIS_OFFICER);
        expect(refusal(add)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.amount' });
        const update = await sg().query(UPDATE_LINE, { id: 'maassluis-2023-a-1', input: { amount } }, MAASSLUIS_OFFICER);
        expect(refusal(update)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.amount' });
      });

      it.each([
        ['a SET line without amount', ADD_LINE, { input: { sectionId: 'maassluis-2023-a', description: 'X', status: 'SET' } }, 'input.amount'],
        ['a PM line with an amount', ADD_LINE, { input: { sectionId: 'maassluis-2023-a', description: 'X', status: 'PM', amount: '1.00' } }, 'input.amount'],
        ['clearing the amount of a SET line', UPDATE_LINE, { id: 'maassluis-2023-a-1', input: { amount: null } }, 'input.amount'],
        ['an amount on a TBD line', UPDATE_LINE, { id: 'maassluis-2023-b-10', input: { amount: '5.00' } }, 'input.amount'],
        ['an unknown funding stream', ADD_LINE, { input: { sectionId: 'maassluis-2023-a', description: 'X', status: 'PM', fundingStream: 'LOTTERY' } }, 'input.fundingStream'],
        ['an unknown funding stream on update', UPDATE_LINE, { id: 'maassluis-2023-a-1', input: { fundingStream: 'LOTTERY' } }, 'input.fundingStream'],
        ['an empty description', UPDATE_LINE, { id: 'maassluis-2023-a-1', input: { description: '  ' } }, 'input.description'],
        ['an unknown section', ADD_LINE, { input: { sectionId: 'nope', description: 'X', status: 'PM' } }, 'input.sectionId'],
        ['an unknown line', UPDATE_LINE, { id: 'nope', input: { note: 'x' } }, 'id'],
        ['an unknown municipality code', CREATE_PLAN, { input: { municipalityCode: 'Maassluis', year: 2024, title: 'X' } }, 'input.municipalityCode'],
        ['a year out of range', CREATE_PLAN, { input: { municipalityCode: 'GM0556', year: 20233, title: 'X' } }, 'input.year'],
        ['an end year before the year', CREATE_PLAN, { input: { municipalityCode: 'GM0556', year: 2024, endYear: 2023, title: 'X' } }, 'input.endYear'],
        ['an empty title', CREATE_PLAN, { input: { municipalityCode: 'GM0556', year: 2024, title: '' } }, 'input.title'],
        ['a plan that already exists', CREATE_PLAN, { input: { municipalityCode: 'GM0556', year: 2023, title: 'Begroting onderwijskansenbeleid 2023' } }, 'input.title'],
        ['an end year before the year on update', UPDATE_PLAN, { id: 'maassluis-2023', input: { endYear: 2022 } }, 'input.endYear'],
        ['an unknown plan', UPDATE_PLAN, { id: 'nope', input: { title: 'X' } }, 'id'],
        ['a section label taken', ADD_SECTION, { input: { planId: 'maassluis-2023', label: 'a', title: 'X' } }, 'input.label'],
        ['a section of an unknown plan', ADD_SECTION, { input: { planId: 'nope', label: 'E', title: 'X' } }, 'input.planId'],
        ['an unknown policy goal', ADD_LINE, { input: { sectionId: 'maassluis-2023-b', description: 'X', status: 'PM', policyGoalId: 'maassluis-2023-doel-8' } }, 'input.policyGoalId'],
        ['an unknown policy goal on update', UPDATE_LINE, { id: 'maassluis-2023-b-1', input: { policyGoalId: 'doel-1' } }, 'input.policyGoalId'],
      ])('%s: BAD_USER_INPUT on the field', async (_, query, variables, field) => {
        expect(refusal(await sg().query(query as string, variables as Json, MAASSLUIS_OFFICER))).toEqual({ code: 'BAD_USER_INPUT', field });
      });
    });
  });
}
