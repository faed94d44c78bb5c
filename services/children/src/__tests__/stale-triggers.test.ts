import { startTestSubgraph, type TestSubgraph } from '@kansrijk/kit/src/testing';
import { refreshStale } from '../figures/refresh';
import { children } from '../subgraph';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(children);
});
afterAll(() => subgraph?.close());

const stale = async () =>
  (await subgraph.dataSource.query(`SELECT municipality_code || ' ' || year AS k FROM children.figures_stale ORDER BY 1`)).map((r: { k: string }) => r.k);

describe('every change to the records marks the publications it touches stale (triggers)', () => {
  it('starts with nothing stale after the seed published everything', async () => {
    expect(await stale()).toEqual([]);
  });

  it('marks the years a child counts in, whatever writes it: inserts, updates and deletes of every table, by plain SQL', async () => {
    const db = subgraph.dataSource;
    await db.query(`INSERT INTO children.child (id, birth_month, municipality_code, synthetic) VALUES ('KTRIGGER0001', '2021-03-01', 'GM0986', false)`);
    // Born 2021: a toddler on 1 October 2023 and 2024, in the norm cohort of 2025 (or of 2026 when born after October).
    expect(await stale()).toEqual(['GM0986 2023', 'GM0986 2024', 'GM0986 2025', 'GM0986 2026']);
    await refreshStale(db);
    expect(await stale()).toEqual([]);
    await db.query(
      `INSERT INTO children.indication (id, child_id, kind, issued_on, valid_until, criteria, definition_id, issuer_id, synthetic)
       VALUES ('ITRIGGER0001', 'KTRIGGER0001', 'VE', '2023-01-10', '2025-02-28', '{1}', 'GM0986-2019-01', 'test-jgz', false)`,
    );
    expect(await stale()).toHaveLength(4);
    await refreshStale(db);
    await db.query(`INSERT INTO children.placement (id, child_id, indication_id, location_id, start_date, hours_per_week, synthetic) VALUES ('PTRIGGER0001', 'KTRIGGER0001', 'ITRIGGER0001', 'test-location', '2023-06-01', 16, false)`);
    await refreshStale(db);
    await db.query(`INSERT INTO children.attendance (placement_id, month, days, hours, synthetic) VALUES ('PTRIGGER0001', '2023-06-01', 10, 40, false)`);
    expect(await stale()).toHaveLength(4);
    await refreshStale(db);
    await db.query(`UPDATE children.attendance SET hours = 50 WHERE placement_id = 'PTRIGGER0001'`);
    expect(await stale()).toHaveLength(4);
    await refreshStale(db);
    for (const [table, key] of [['attendance', 'placement_id'], ['placement', 'id'], ['indication', 'id'], ['child', 'id']]) {
      await db.query(`DELETE FROM children.${table} WHERE ${key} LIKE '_TRIGGER0001'`);
      expect({ table, stale: await stale() }).toEqual({ table, stale: ['GM0986 2023', 'GM0986 2024', 'GM0986 2025', 'GM0986 2026'] });
      await refreshStale(db);
    }
    // A statement that changes nothing marks nothing.
    await db.query(`UPDATE children.attendance SET hours = hours WHERE placement_id = 'none'`);
    expect(await stale()).toEqual([]);
  });
});
