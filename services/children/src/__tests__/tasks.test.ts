import { join } from 'node:path';
import { dropSchema, migrate } from '@kansrijk/kit';
import { startTestSubgraph, type TestSubgraph } from '@kansrijk/kit/src/testing';
import { refreshAll, refreshStale } from '../figures/refresh';
import { children } from '../subgraph';
import { knownOrganisations } from './known-organisations';

const fixture = (name: string) => join(__dirname, 'fixtures', name);

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(children);
});
afterAll(async () => {
  // Later suites on the same database (the end-to-end stack seeds only an empty schema) get the demo
  // back as it is after a seed: the purged children, and publications neither sealed nor changed by the
  // imported records (a fresh schema, since the seed adds but does not remove).
  await dropSchema(subgraph.dataSource);
  await migrate(subgraph.dataSource);
  await children.seed(subgraph.dataSource);
  await subgraph?.close();
});

const snapshot = async () =>
  (await subgraph.dataSource.query(`SELECT
     (SELECT count(*) FROM children.child)::int AS child, (SELECT count(*) FROM children.indication)::int AS indication,
     (SELECT count(*) FROM children.placement)::int AS placement, (SELECT count(*) FROM children.attendance)::int AS attendance,
     (SELECT count(*) FROM children.audit_log)::int AS audit,
     (SELECT md5(string_agg(row(i.*)::text, ',' ORDER BY i.id)) FROM children.indication i WHERE i.child_id LIKE 'KA%' OR i.child_id LIKE 'KB%') AS imported,
     (SELECT md5(string_agg(row(p.*)::text, ',' ORDER BY p.id)) FROM children.placement p WHERE p.child_id LIKE 'KA%' OR p.child_id LIKE 'KB%') AS placements`))[0];

describe('npm run import -- placements <file>', () => {
  it('reports every bad row with line, column and reason, and writes nothing', async () => {
    const before = await snapshot();
    const report = await children.tasks!.importers!.placements(subgraph.dataSource, fixture('placements-bad.csv'), { references: knownOrganisations() });
    expect(report.problems.map((p) => [p.line, p.column])).toEqual([
      [2, 'criteria'],
      [3, 'date'],
      [4, 'municipality'],
      [7, 'end_date'],
      [8, 'hours_per_week'],
      [9, 'child'],
      [13, 'hours'],
      [14, 'event'],
    ]);
    expect(report.problems.every((p) => p.message.length > 5)).toBe(true);
    expect(report.inserted + report.updated).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it('imports a good file in one go, audited, and a second run changes nothing', async () => {
    const before = await snapshot();
    const first = await children.tasks!.importers!.placements(subgraph.dataSource, fixture('placements-good.csv'), { references: knownOrganisations() });
    expect(first.problems).toEqual([]);
    // 2 children, 2 indications, 1 placement, 2 attendance months.
    expect(first.inserted).toBe(7);
    const after = await snapshot();
    expect([after.child, after.indication, after.placement, after.attendance, after.audit]).toEqual([
      before.child + 2, before.indication + 2, before.placement + 1, before.attendance + 2, before.audit + 2,
    ]);
    const [a] = await subgraph.dataSource.query(
      `SELECT i.referred_on::text, i.registered_on::text, p.start_date::text, p.end_date::text, p.handover_on::text, p.hours_per_week
       FROM children.indication i JOIN children.placement p ON p.indication_id = i.id WHERE i.child_id = 'KA00000000A'`,
    );
    expect(a).toEqual({ referred_on: '2023-02-10', registered_on: '2023-03-01', start_date: '2023-07-01', end_date: '2024-12-31', handover_on: '2024-12-15', hours_per_week: '16.0' });
    const [b] = await subgraph.dataSource.query(`SELECT kind, non_participation_reason FROM children.indication WHERE child_id = 'KA00000000B'`);
    expect(b).toEqual({ kind: 'SOCIAL_MEDICAL', non_participation_reason: 'MOVED' });

    const second = await children.tasks!.importers!.placements(subgraph.dataSource, fixture('placements-good.csv'), { references: knownOrganisations() });
    expect(second).toMatchObject({ problems: [], inserted: 0, updated: 0 });
    expect(await snapshot()).toEqual(after);
  });
});

describe('npm run purge -- --before <date>', () => {
  it('refuses a missing or future date', async () => {
    await expect(children.tasks!.commands!.purge(subgraph.dataSource, [])).rejects.toThrow(/usage/);
    await expect(children.tasks!.commands!.purge(subgraph.dataSource, ['--before', '2999-01-01'])).rejects.toThrow(/retention/);
  });

  it('deletes exactly the children past their retention period, in one go, and logs the purge', async () => {
    const db = subgraph.dataSource;
    // Retention ends 31 December of the second year after the child turns 4: born 2018 -> end of 2024.
    const [expected] = await db.query(`SELECT count(*) FILTER (WHERE birth_month < '2019-01-01')::int AS doomed, count(*)::int AS total FROM children.child`);
    expect(expected.doomed).toBeGreaterThan(1000);
    const shown = () =>
      db.query(`SELECT municipality_code AS code, year, version, figures, by_neighbourhood AS nb, sealed_at IS NOT NULL AS sealed FROM children.figures_publication WHERE current ORDER BY 1, 2`);
    // The imports above marked figures stale that no job has refreshed here: bring them up to date first
    // (as the refresh job would: only what they marked).
    await refreshStale(db);
    const before = await shown();
    const output = await children.tasks!.commands!.purge(db, ['--before', '2025-01-01']);
    expect(output).toContain(`${expected.doomed} children`);
    const [after] = await db.query(`SELECT count(*)::int AS total, min(birth_month)::text AS oldest FROM children.child`);
    expect(after.total).toBe(expected.total - expected.doomed);
    expect(after.oldest).toBe('2019-01-01');
    const [orphans] = await db.query(`SELECT
      (SELECT count(*) FROM children.indication i WHERE NOT EXISTS (SELECT 1 FROM children.child c WHERE c.id = i.child_id))::int AS indications,
      (SELECT count(*) FROM children.placement p WHERE NOT EXISTS (SELECT 1 FROM children.child c WHERE c.id = p.child_id))::int AS placements,
      (SELECT count(*) FROM children.attendance a WHERE NOT EXISTS (SELECT 1 FROM children.placement p WHERE p.id = a.placement_id))::int AS attendance`);
    expect(orphans).toEqual({ indications: 0, placements: 0, attendance: 0 });
    const [audit] = await db.query(`SELECT actor, action, record_type, organisation_id, record_count, operation_name FROM children.audit_log ORDER BY id DESC LIMIT 1`);
    expect(audit).toEqual({ actor: 'purge', action: 'PURGE', record_type: 'CHILD', organisation_id: null, record_count: expected.doomed, operation_name: 'purge --before 2025-01-01' });
    // The years those children counted in (born 2016-2018: 2018-2023) keep their figures as published,
    // sealed, instead of dropping; later years are untouched, and a refresh changes none of it.
    await refreshAll(db);
    const republished = await shown();
    const sealed = republished.filter((p: { sealed: boolean }) => p.sealed);
    expect(new Set(sealed.map((p: { year: number }) => p.year))).toEqual(new Set([2019, 2020, 2021, 2022, 2023]));
    for (const p of republished) {
      const was = before.find((b: { code: string; year: number }) => b.code === p.code && b.year === p.year);
      if (p.sealed) expect({ ...p, sealed: false }).toEqual(was);
    }
    expect(republished.some((p: { year: number; sealed: boolean }) => p.year === 2024 && !p.sealed)).toBe(true);
    const res = await subgraph.query<{ _entities: { earlyEducation: { sealed: boolean; indicated: { label: string } } }[] }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { earlyEducation(year: 2021) { sealed indicated { label } } } } }`,
      { r: [{ __typename: 'Municipality', code: 'GM0556' }] },
    );
    const maassluis2021 = before.find((b: { code: string; year: number }) => b.code === 'GM0556' && b.year === 2021);
    expect(res.data!._entities[0].earlyEducation).toEqual({ sealed: true, indicated: { label: maassluis2021.figures.indicated.label } });
    // A second purge with the same date finds nothing more, and says so in the log too.
    expect(await children.tasks!.commands!.purge(db, ['--before', '2025-01-01'])).toContain(': 0 children');
  });
});
