import { dropSchema, migrate } from '@kansrijk/kit';
import type { DataSource } from 'typeorm';
import { onServer } from '../../../../test/databases';
import { startTestSubgraph, type TestSubgraph } from '@kansrijk/kit/src/testing';
import { partners } from '../../../partners/src/subgraph';
import { children } from '../subgraph';
import { refreshPairs, YEARS_OF_CHILD_SQL, type Pair } from '../figures/refresh';

/**
 * Removes what a test recorded (every row not marked synthetic) and republishes the figures those
 * children counted in, so the next test file reads publications that match the records again.
 */
export async function removeRecordedChildren(db: DataSource): Promise<void> {
  const pairs: Pair[] = await db.query(
    `SELECT DISTINCT c.municipality_code AS code, y AS year FROM children.child c, ${YEARS_OF_CHILD_SQL} AS y
     WHERE c.synthetic = false OR EXISTS (SELECT 1 FROM children.indication i WHERE i.child_id = c.id AND i.synthetic = false)
        OR EXISTS (SELECT 1 FROM children.placement p WHERE p.child_id = c.id AND p.synthetic = false)`,
  );
  await db.query(`DELETE FROM children.attendance WHERE synthetic = false OR placement_id IN (SELECT id FROM children.placement WHERE synthetic = false)`);
  await db.query(`DELETE FROM children.placement WHERE synthetic = false`);
  await db.query(`DELETE FROM children.indication WHERE synthetic = false`);
  await db.query(`DELETE FROM children.child WHERE synthetic = false`);
  await refreshPairs(db, pairs);
}

/**
 * After a file that recorded or imported children: on the embedded database (one database for every
 * file) the children's schema gets the demo data back exactly as a seed leaves it, since the end-to-end
 * stack that may come next seeds only an empty schema; a recorded placement also changed its synthetic
 * indication (registeredOn), which removing the placement does not undo. On a server each file has its
 * own copy, dropped with it.
 */
export async function restoreDemoChildren(db: DataSource): Promise<void> {
  if (onServer()) return;
  await dropSchema(db);
  await migrate(db);
  await children.seed!(db);
}

/** The children subgraph with partners running beside it, for a file that writes. */
export interface WithPartners {
  subgraph: TestSubgraph;
  partners: TestSubgraph;
}

/**
 * Starts partners, then children asking it (a referral's location and an import's organisations are
 * partners' keys): call it in `beforeAll`, and `closeWithPartners` in `afterAll`.
 */
export async function startWithPartners(): Promise<WithPartners> {
  const partnersSubgraph = await startTestSubgraph(partners);
  return { partners: partnersSubgraph, subgraph: await startTestSubgraph(children, { subgraphUrls: { partners: partnersSubgraph.url } }) };
}

/** Gives the embedded database the demo children back (`restoreDemoChildren`) and stops both subgraphs. */
export async function closeWithPartners(started: Partial<WithPartners>): Promise<void> {
  if (started.subgraph) await restoreDemoChildren(started.subgraph.dataSource);
  await started.subgraph?.close();
  await started.partners?.close();
}
