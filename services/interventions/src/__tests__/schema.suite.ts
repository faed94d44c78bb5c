import { DEMO_MUNICIPALITIES, DEMO_ORGANISATIONS } from '@kansrijk/demo';
import { entities } from '../entities';
import { migrations } from '../migrations';
import { demoRows, hasData, seed } from '../seed';
import type { Subgraph } from './harness';

/** Every row of every table of the subgraph, in a stable order, to compare two states of the database. */
async function snapshot(sg: Subgraph): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const entity of entities) {
    const meta = sg().dataSource.getMetadata(entity);
    const order = meta.primaryColumns.map((c) => `"${c.databaseName}"`).join(', ');
    out[meta.tableName] = await sg().dataSource.query(`SELECT * FROM ${meta.tablePath} ORDER BY ${order}`);
  }
  return out;
}

export function schemaTests(sg: Subgraph) {
  describe('schema and demo data', () => {
    it('has the Init, Measurements and Publications migrations, in order, and they match the entities', async () => {
      expect(migrations.map((m) => m.name)).toEqual([
        expect.stringMatching(/^Init\d+$/), expect.stringMatching(/^Measurements\d+$/), expect.stringMatching(/^Publications\d+$/),
      ]);
      const log = await sg().dataSource.driver.createSchemaBuilder().log();
      expect(log.upQueries.map((q) => q.query)).toEqual([]);
    });

    it('loads the demo data: counts per table', async () => {
      const rows = await snapshot(sg);
      expect(rows.intervention).toHaveLength(26); // 15 GKA + 10 Brukske + 1 Voerendaal
      expect(rows.theme).toHaveLength(14); // 6 national + 3 Brukske + 5 Voerendaal
      expect(rows.activity).toHaveLength(39); // 6 GKA + 24 Brukske + 9 Voerendaal
      expect(rows.indicator).toHaveLength(20);
      expect(rows.coalition_theme).toHaveLength(8);
      expect(rows.goal).toHaveLength(12);
      expect(rows.measurement).toEqual([]); // the sources contain no measurements
      expect(rows.publication).toHaveLength(1); // "Land vol kansen"
      expect(rows.publication_lesson).toHaveLength(10);
      expect(await hasData(sg().dataSource)).toBe(true);
    });

    it('seeding twice changes nothing', async () => {
      const before = await snapshot(sg);
      await seed(sg().dataSource);
      expect(await snapshot(sg)).toEqual(before);
    });

    it('refers only to municipalities and organisations of the demo registry', () => {
      const codes = new Set(DEMO_MUNICIPALITIES.map((m) => m.code));
      const orgs = new Set(DEMO_ORGANISATIONS.map((o) => o.id));
      const rows = demoRows();
      expect(rows.interventions.map((i) => i.municipalityCode).filter((c) => !codes.has(c!))).toEqual([]);
      expect(rows.themes.map((t) => t.municipalityCode).filter((c) => c && !codes.has(c))).toEqual([]);
      expect(rows.interventionOrganisations.map((l) => l.organisationId).filter((id) => !orgs.has(id!))).toEqual([]);
    });

    it('refers only to themes and activities that exist', () => {
      const rows = demoRows();
      const themes = new Set(rows.themes.map((t) => t.code));
      const activities = new Set(rows.activities.map((a) => a.id));
      expect(rows.interventionThemes.map((l) => l.themeCode).filter((c) => !themes.has(c!))).toEqual([]);
      expect(rows.activities.map((a) => a.themeCode).filter((c) => c && !themes.has(c))).toEqual([]);
      expect(rows.coalitionThemes.map((t) => t.themeCode).filter((c) => !themes.has(c!))).toEqual([]);
      expect(rows.indicators.map((i) => i.activityId).filter((id) => !activities.has(id!))).toEqual([]);
    });
  });
}
