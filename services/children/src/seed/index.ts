import { insertInBatches } from '@kansrijk/kit';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { type Attendance, Child, Criterion, Indication, Placement, TargetGroupDefinition } from '../entities';
import { markAllStale, refreshStale } from '../figures/refresh';
import { demoDefinitions } from './definitions';
import { generateDemoChildren } from './generate';

const BATCH_SIZE = 500;

/**
 * Loads the demo data in one transaction: the target-group definitions (Maassluis' real ones and
 * synthetic ones elsewhere) and the SYNTHETIC children, indications and placements; then publishes
 * the figures that changed. Definitions are upserted so a corrected source text lands; generated rows have
 * deterministic ids and are upserted only where a value differs, so a second run changes nothing.
 */
export async function seed(db: DataSource): Promise<void> {
  const definitions = demoDefinitions();
  const generated = generateDemoChildren(definitions);
  await db.transaction(async (tx) => {
    /** Upserts in batches; true when any row was inserted or changed (unchanged rows return nothing). */
    const upsert = async <T extends ObjectLiteral>(target: EntityTarget<T>, rows: T[], conflict: string[], update: string[]): Promise<boolean> => {
      let changed = false;
      await insertInBatches(
        async (batch) => {
          const result = await tx
            .createQueryBuilder()
            .insert()
            .into(target)
            .values(batch)
            .orUpdate(update, conflict, { skipUpdateIfNoValuesChanged: true })
            .returning('1 AS changed')
            .updateEntity(false)
            .execute();
          if ((result.raw as unknown[]).length > 0) changed = true;
        },
        rows,
        BATCH_SIZE,
      );
      return changed;
    };
    const definitionsChanged = await upsert(
      TargetGroupDefinition,
      definitions.map(({ criteria: _criteria, ...definition }) => definition),
      ['id'],
      ['municipality_code', 'version', 'valid_from', 'valid_to', 'source', 'synthetic'],
    );
    const criteriaChanged = await upsert(
      Criterion,
      definitions.flatMap((d) => d.criteria.map((c, i) => ({ definitionId: d.id, code: c.code, position: i + 1, text: c.text }))),
      ['definition_id', 'code'],
      ['position', 'text'],
    );
    // Rows generated before the funnel existed get it on the next seed; a second run changes nothing.
    await upsert(Child, generated.children, ['id'], ['neighbourhood_code']);
    await upsert(Indication, generated.indications, ['id'], ['referred_on', 'referred_to_id', 'registered_on', 'non_participation_reason']);
    await upsert(Placement, generated.placements, ['id'], ['handover_on']);
    await insertAttendance(tx, generated.attendance);
    // Changed children, indications, placements and attendance mark their figures stale themselves (the
    // stale triggers); a changed definition decides every figure of its municipality, so all are marked.
    if (definitionsChanged || criteriaChanged) await markAllStale(tx);
  });
  // Fresh statistics after a bulk load: without them the planner misjudges the per-child lookups of
  // the figures query (seen: 5 s instead of 0.6 s on PostgreSQL). PGlite has no autovacuum to do it.
  await db.query('ANALYZE children.child, children.indication, children.placement, children.attendance');
  // The figures are read from publications only: publish what the load made stale, like the refresh
  // job would. A second seed that changed nothing publishes (and recomputes) nothing.
  await refreshStale(db);
}

/**
 * About 300,000 attendance rows: inserted as arrays through unnest, a few statements instead of
 * hundreds, which keeps the seed (run by every test file) fast.
 */
async function insertAttendance(tx: EntityManager, rows: Attendance[]): Promise<void> {
  const CHUNK = 50_000;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const batch = rows.slice(i, i + CHUNK);
    await tx.query(
      `INSERT INTO children.attendance (placement_id, month, days, hours, synthetic)
       SELECT * FROM unnest($1::text[], $2::date[], $3::int[], $4::numeric[], $5::boolean[])
       ON CONFLICT (placement_id, month) DO UPDATE SET days = EXCLUDED.days, hours = EXCLUDED.hours
       WHERE (attendance.days, attendance.hours) IS DISTINCT FROM (EXCLUDED.days, EXCLUDED.hours)`,
      [batch.map((r) => r.placementId), batch.map((r) => r.month), batch.map((r) => r.days), batch.map((r) => r.hours), batch.map((r) => r.synthetic)],
    );
  }
}

export async function hasData(db: DataSource): Promise<boolean> {
  return db.getRepository(TargetGroupDefinition).exists();
}
