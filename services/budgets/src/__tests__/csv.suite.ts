import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { referenceChecker, type ImportOptions } from '@kansrijk/kit';
import { TEST_SECRET, claims } from '@kansrijk/kit/src/testing';
import { exportBudget } from '../tasks/export-budget';
import { importBudget as importBudgetTask } from '../tasks/import-budget';
import { budgets } from '../subgraph';
import { snapshot, type Subgraph } from './harness';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'maassluis-begroting-2023.csv');
const dir = mkdtempSync(join(tmpdir(), 'kansrijk-budget-'));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

export function csvTests(sg: Subgraph, peerUrls: () => Record<string, string>) {
  // As `npm run import` runs it: with a reference checker that asks the real partners and interventions.
  const options = (): ImportOptions => ({
    references: referenceChecker({ urls: peerUrls(), secret: TEST_SECRET }, { claims: claims('admin'), requestId: 'test-import', operationName: 'import budget' }),
  });
  const importBudget = (db: Parameters<typeof importBudgetTask>[0], path: string) => importBudgetTask(db, path, options());

  describe('CSV template: npm run import|export -- budget', () => {
    afterAll(async () => {
      await sg().dataSource.query(`DELETE FROM budgets.budget_plan WHERE id = 'gm0556-csv-check'`);
      await budgets.seed(sg().dataSource);
    });

    it('is offered to npm run import / export as "budget"', () => {
      expect(budgets.tasks?.importers?.budget).toBe(importBudgetTask);
      expect(budgets.tasks?.exporters?.budget).toBe(exportBudget);
    });

    it("exports the seeded Maassluis begroting 2023 exactly as the example file (npm run adds the final newline)", async () => {
      const exported = await exportBudget(sg().dataSource, ['GM0556', '2023']);
      expect(`${exported}\n`).toBe(readFileSync(EXAMPLE, 'utf8'));
    });

    it('writes a cell a spreadsheet would run as a formula as text, and keeps amounts numbers', async () => {
      const db = sg().dataSource;
      const [line] = await db.query(`SELECT id, note FROM budgets.budget_line WHERE plan_id = 'maassluis-2023' ORDER BY position LIMIT 1`);
      await db.query(`UPDATE budgets.budget_line SET note = $2 WHERE id = $1`, [line.id, '=HYPERLINK("http://evil.example","klik")']);
      try {
        const exported = await exportBudget(db, ['GM0556', '2023']);
        expect(exported).toContain(`;"'=HYPERLINK(""http://evil.example"",""klik"")"`);
        expect(exported).not.toMatch(/;=HYPERLINK/);
        expect(exported).toContain(';1943621.00;');
      } finally {
        await db.query(`UPDATE budgets.budget_line SET note = $2 WHERE id = $1`, [line.id, line.note]);
      }
    });

    it('the example holds every amount of the begroting as printed', () => {
      const text = readFileSync(EXAMPLE, 'utf8');
      for (const amount of ['1943621.00', '1143936.00', '76923.00', '88280.00', '17500.00', '20000.00', '2500.00', '81000.00', '79644.00', '202500.00',
        '26854.00', '15000.00', '40000.00', '50000.00', '79484.00', '75000.00', '236061.00', '50213.00', '286274.00', '151405.00', '103193.00',
        '254595.00', '125327.00', '29228.00', '154555.00']) {
        expect(text).toContain(`;${amount};`);
      }
    });

    it('importing the example over the seeded plan, and again, changes nothing', async () => {
      const before = await snapshot(sg);
      for (let run = 0; run < 2; run++) {
        const report = await importBudget(sg().dataSource, EXAMPLE);
        expect(report).toMatchObject({ kind: 'budget', rows: 49, inserted: 0, updated: 0, unchanged: 49, problems: [] });
      }
      expect(await snapshot(sg)).toBe(before);
    });

    it('imports a new plan, then reports a second run of the same file as all unchanged; an edit as one update', async () => {
      const text = readFileSync(EXAMPLE, 'utf8').replace('plan;maassluis-2023;GM0556;2023;2023;', 'plan;gm0556-csv-check;GM0556;2030;2030;');
      const path = file('new.csv', text);
      expect(await importBudget(sg().dataSource, path)).toMatchObject({ inserted: 49, updated: 0, unchanged: 0, problems: [] });
      const after = await snapshot(sg);
      expect(await importBudget(sg().dataSource, path)).toMatchObject({ inserted: 0, updated: 0, unchanged: 49 });
      expect(await snapshot(sg)).toBe(after);
      expect(`${await exportBudget(sg().dataSource, ['GM0556', '2030'])}\n`).toBe(text);

      const edited = file('edited.csv', text.replace(';VVE Monitor;SET;17500.00;', ';VVE Monitor;SET;17500.01;').replace(/^funds;;;;;A;;;PM;;SPUK_VE_OEKRAINE.*\n/m, ''));
      expect(await importBudget(sg().dataSource, edited)).toMatchObject({ inserted: 0, updated: 2, unchanged: 47, problems: [] });
      const [{ n }] = await sg().dataSource.query(`SELECT count(*)::int AS n FROM budgets.available_funds WHERE section_id LIKE 'gm0556-csv-check-%'`);
      expect(n).toBe(8);
    });

    it('reports every bad row with line, column and reason, and writes nothing', async () => {
      const before = await snapshot(sg);
      const lines = readFileSync(EXAMPLE, 'utf8').split('\n');
      const bad = [...lines];
      const edit = (line: number, from: string, to: string) => {
        expect(bad[line - 1]).toContain(from);
        bad[line - 1] = bad[line - 1].replace(from, to);
      };
      edit(6, ';1143936.00;', ';-5;');
      edit(7, ';76923.00;', ';769,23;');
      edit(8, ';88280.00;', ';1e309;');
      edit(9, ';17500.00;', ';17500.005;');
      edit(10, ';GOAB;', ';LOTTERY;');
      edit(11, ';SET;2500.00;', ';PM;2500.00;');
      edit(12, ';yes;', ';misschien;');
      edit(13, 'line;;;;;A;', 'line;;;;;Z;');
      edit(28, ';maassluis-2023-doel-1;', ';maassluis-2023-doel-8;');
      edit(50, 'total;', 'totaal;');
      const report = await importBudget(sg().dataSource, file('bad.csv', bad.join('\n')));
      expect(report.problems.map((p) => [p.line, p.column])).toEqual([
        [6, 'amount'], [7, 'amount'], [8, 'amount'], [9, 'amount'], [10, 'funding_stream'], [11, 'amount'], [12, 'statutory'],
        [13, 'section'], [21, 'covers'], [28, 'policy_goal'], [50, 'kind'],
      ]);
      expect(report.problems[0].message).toBe('must not be negative');
      expect(report.problems[4].message).toBe('unknown funding stream "LOTTERY"');
      expect(report.problems[5].message).toBe('must be empty when status is PM');
      expect(report.problems[8].message).toContain('14 line(s) of section "A"');
      expect(report.problems[9].message).toBe('unknown policy goal "maassluis-2023-doel-8"');
      expect(report.problems[10].message).toContain('must be one of plan, section, funds, line, subtotal, total');
      expect(report).toMatchObject({ inserted: 0, updated: 0, unchanged: 0 });
      expect(await snapshot(sg)).toBe(before);
    });

    it("carries each line's policy goal: the example links Deel B 1-7 to Doel 1-7, and a goal of another municipality is refused", async () => {
      const text = readFileSync(EXAMPLE, 'utf8');
      const linked = text.split('\n').filter((l) => /;maassluis-2023-doel-\d;/.test(l));
      expect(linked.map((l) => l.split(';').slice(5, 7).concat(l.split(';')[16]))).toEqual(
        [1, 2, 3, 4, 5, 6, 7].map((n) => ['B', String(n), `maassluis-2023-doel-${n}`]),
      );
      const before = await snapshot(sg);
      const voerendaal = text.replace('plan;maassluis-2023;GM0556;2023;2023;', 'plan;gm0986-csv-check;GM0986;2030;2030;');
      const report = await importBudget(sg().dataSource, file('goal-elsewhere.csv', voerendaal));
      expect(report.problems).toHaveLength(7);
      expect(report.problems[0]).toEqual({
        line: 28,
        column: 'policy_goal',
        message: `policy goal "maassluis-2023-doel-1" is a goal of GM0556, not of the plan's municipality GM0986`,
      });
      expect(await snapshot(sg)).toBe(before);
    });

    it('checks recipients, interventions and activities with their owners, as the mutations do: unknown or malformed keys are problems', async () => {
      const before = await snapshot(sg);
      const lines = readFileSync(EXAMPLE, 'utf8').split('\n');
      lines[13] = lines[13].replace(';basisschool-de-diamant;', ';no-such-org;');
      lines[14] = lines[14].replace(';basisschool-de-diamant;', ';=cmd|x;');
      lines[17] = lines[17].replace(';bibliotheek-de-plataan;;', ';bibliotheek-de-plataan;no-such-intervention;');
      const report = await importBudget(sg().dataSource, file('references.csv', lines.join('\n')));
      expect(report.problems).toEqual([
        { line: 14, column: 'recipient', message: 'no-such-org is not a known organisation' },
        { line: 15, column: 'recipient', message: 'must be an organisation id: lower-case letters, digits and hyphens' },
        { line: 18, column: 'intervention', message: 'no-such-intervention is not a known intervention' },
      ]);
      expect(await snapshot(sg)).toBe(before);
    });

    it('refuses to import when the owners cannot be asked, and writes nothing', async () => {
      const before = await snapshot(sg);
      const unreachable = referenceChecker({ urls: { partners: 'http://127.0.0.1:9/graphql', interventions: 'http://127.0.0.1:9/graphql' }, secret: TEST_SECRET, timeoutMs: 500 }, { claims: claims('admin'), requestId: 'test-import', operationName: null });
      await expect(importBudgetTask(sg().dataSource, EXAMPLE, { references: unreachable })).rejects.toThrow(/could not be reached.*nothing was written/);
      await expect(importBudgetTask(sg().dataSource, EXAMPLE)).rejects.toThrow(/nothing was written/);
      expect(await snapshot(sg)).toBe(before);
    });

    it('refuses a file without the template columns, or without a plan row', async () => {
      const noColumns = await importBudget(sg().dataSource, file('cols.csv', 'kind;amount\nline;5\n'));
      expect(noColumns.problems.map((p) => p.column)).toContain('section');
      const header = readFileSync(EXAMPLE, 'utf8').split('\n')[0];
      const noPlan = await importBudget(sg().dataSource, file('noplan.csv', `${header}\nsection;;;;;A;;X;;;;;;;;;;\n`));
      expect(noPlan.problems).toEqual([{ line: 2, column: 'kind', message: 'the first row must be the plan row' }]);
    });
  });
}
