import { DEMO_MUNICIPALITIES, DEMO_ORGANISATIONS } from '@kansrijk/demo';
import { describeSubgraphSchema, tableDigests } from '@kansrijk/kit/src/schema-tests';
import { migrations } from '../migrations';
import { demoRows, hasData } from '../seed';
import { interventions } from '../subgraph';
import type { Subgraph } from './harness';

export function schemaTests(sg: Subgraph) {
  // The sources contain no measurements.
  describeSubgraphSchema(interventions, { subgraph: sg, emptyInDemo: ['measurement'] });

  describe('schema and demo data', () => {
    it('has the Init, Measurements and Publications migrations, in order', () => {
      expect(migrations.map((m) => m.name)).toEqual([
        expect.stringMatching(/^Init\d+$/), expect.stringMatching(/^Measurements\d+$/), expect.stringMatching(/^Publications\d+$/),
      ]);
    });

    it('loads the demo data: counts per table', async () => {
      const rows = Object.fromEntries(Object.entries(await tableDigests(sg().dataSource)).map(([table, t]) => [table, t.rows]));
      expect(rows.intervention).toBe(26); // 15 GKA + 10 Brukske + 1 Voerendaal
      expect(rows.theme).toBe(14); // 6 national + 3 Brukske + 5 Voerendaal
      expect(rows.activity).toBe(39); // 6 GKA + 24 Brukske + 9 Voerendaal
      expect(rows.indicator).toBe(20);
      expect(rows.coalition_theme).toBe(8);
      expect(rows.goal).toBe(12);
      expect(rows.measurement).toBe(0); // the sources contain no measurements
      expect(rows.publication).toBe(1); // "Land vol kansen"
      expect(rows.publication_lesson).toBe(10);
      expect(await hasData(sg().dataSource)).toBe(true);
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
