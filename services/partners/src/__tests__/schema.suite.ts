import type { DataSource } from 'typeorm';
import { entities } from '../entities';
import { seed } from '../seed';
import type { Subgraph } from './helpers';

/** Every row of every table in primary-key order: equal snapshots mean equal tables. */
async function snapshot(db: DataSource) {
  const tables: Record<string, unknown[]> = {};
  for (const entity of entities) {
    const metadata = db.getMetadata(entity);
    const order = Object.fromEntries(metadata.primaryColumns.map((c) => [c.propertyName, 'ASC' as const]));
    tables[metadata.tableName] = await db.getRepository(entity).find({ order });
  }
  return tables;
}

/**
 * Tables the demo leaves empty: no source gives an address or a CBS wijkcode for a demo organisation,
 * and Kansrijk does not make them up. The register imports and the mutations fill them.
 */
const EMPTY_IN_DEMO = ['organisation_location', 'neighbourhood'];

export function schemaSuite(subgraph: Subgraph) {
  it('has migrations that match the entities', async () => {
    const sql = await subgraph().dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('changes nothing when the demo data is loaded a second time', async () => {
    const db = subgraph().dataSource;
    const before = await snapshot(db);
    await seed(db);
    const after = await snapshot(db);

    for (const [table, rows] of Object.entries(before)) {
      if (EMPTY_IN_DEMO.includes(table)) expect({ table, count: rows.length }).toEqual({ table, count: 0 });
      else expect(rows.length).toBeGreaterThan(0);
      expect({ table, count: after[table].length }).toEqual({ table, count: rows.length });
    }
    expect(after).toEqual(before);
    const sample = after.coalition_member.find((m) => (m as { organisationId: string }).organisationId === 'kinderopvang-t-nest');
    expect(sample).toMatchObject({ coalitionId: 'venray-brukske', position: 4, staffDeployed: expect.stringContaining('clustermanager') });
  });
}
