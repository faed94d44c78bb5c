import { dropSchema, migrate } from '@kansrijk/kit';
import type { DataSource } from 'typeorm';
import { onServer } from '../../../../test/databases';
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
