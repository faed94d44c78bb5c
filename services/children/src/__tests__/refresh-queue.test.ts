import { createLogger } from '@kansrijk/kit';
import { startTestSubgraph, testDatabaseUrl, type TestSubgraph } from '@kansrijk/kit/src/testing';
import { figuresChanged, startRefreshWorker } from '../figures/queue';
import { children } from '../subgraph';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(children);
});
afterAll(() => subgraph?.close());

const log = createLogger('children-test');

describe('the refresh job on a PostgreSQL queue', () => {
  it('picks up what was marked while no worker ran (a restart), and with two replicas stores each new version once', async () => {
    const db = subgraph.dataSource;
    // A change while no worker runs: the trigger leaves markers behind.
    await db.query(`UPDATE children.attendance SET hours = hours - 1 WHERE hours >= 1 AND placement_id = (SELECT p.id FROM children.placement p JOIN children.child c ON c.id = p.child_id WHERE c.municipality_code = 'GM0986' ORDER BY p.id LIMIT 1) AND month = (SELECT min(month) FROM children.attendance a2 WHERE a2.placement_id = attendance.placement_id)`);
    const [{ marked }] = await db.query(`SELECT count(*)::int AS marked FROM children.figures_stale`);
    expect(marked).toBeGreaterThan(0);
    const versionsBefore = await db.query(`SELECT municipality_code, year, count(*)::int AS n FROM children.figures_publication GROUP BY 1, 2 ORDER BY 1, 2`);

    // Two replicas of the children subgraph, each with its own connection pool and worker.
    const other = children.createDataSource(testDatabaseUrl());
    await other.initialize();
    const one = await startRefreshWorker(db, { databaseUrl: testDatabaseUrl(), log, delaySeconds: 0, pollingSeconds: 0.5 });
    const two = await startRefreshWorker(other, { databaseUrl: testDatabaseUrl(), log, delaySeconds: 0, pollingSeconds: 0.5 });
    try {
      figuresChanged(db);
      figuresChanged(other);
      await Promise.all([one.settled(), two.settled()]);
      const [{ left }] = await db.query(`SELECT count(*)::int AS left FROM children.figures_stale`);
      expect(left).toBe(0);
      const versionsAfter = await db.query(`SELECT municipality_code, year, count(*)::int AS n FROM children.figures_publication GROUP BY 1, 2 ORDER BY 1, 2`);
      // Every marked municipality-year got at most one new version; one current publication each.
      const grew = versionsAfter.filter((a: { municipality_code: string; year: number; n: number }) => {
        const b = versionsBefore.find((x: { municipality_code: string; year: number }) => x.municipality_code === a.municipality_code && x.year === a.year);
        return a.n - (b?.n ?? 0) > 1;
      });
      expect(grew).toEqual([]);
      const [{ duplicates }] = await db.query(`SELECT count(*)::int AS duplicates FROM (SELECT municipality_code, year FROM children.figures_publication WHERE current GROUP BY 1, 2 HAVING count(*) > 1) d`);
      expect(duplicates).toBe(0);
    } finally {
      await one.stop();
      await two.stop();
      await other.destroy();
    }
  });
});
