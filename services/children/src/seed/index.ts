import { insertInBatches } from '@kansrijk/kit';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { Child, Criterion, Indication, Placement, TargetGroupDefinition } from '../entities';
import { demoDefinitions } from './definitions';
import { generateDemoChildren } from './generate';

const BATCH_SIZE = 500;

/**
 * Loads the demo data in one transaction: the target-group definitions (Maassluis' real ones and
 * synthetic ones elsewhere) and the SYNTHETIC children, indications and placements. Definitions are
 * upserted so a corrected source text lands; generated rows have deterministic ids and are inserted
 * with ON CONFLICT DO NOTHING, so a second run changes nothing.
 */
export async function seed(db: DataSource): Promise<void> {
  const definitions = demoDefinitions();
  const generated = generateDemoChildren(definitions);
  await db.transaction(async (tx) => {
    const upsert = <T extends ObjectLiteral>(target: EntityTarget<T>, rows: T[], conflict: string[], update: string[]) =>
      insertInBatches(
        (batch) =>
          tx
            .createQueryBuilder()
            .insert()
            .into(target)
            .values(batch)
            .orUpdate(update, conflict, { skipUpdateIfNoValuesChanged: true })
            .updateEntity(false)
            .execute(),
        rows,
        BATCH_SIZE,
      );
    const insertNew = <T extends ObjectLiteral>(target: EntityTarget<T>, rows: T[]) =>
      insertInBatches(
        (batch) => tx.createQueryBuilder().insert().into(target).values(batch).orIgnore().updateEntity(false).execute(),
        rows,
        BATCH_SIZE,
      );

    await upsert(
      TargetGroupDefinition,
      definitions.map(({ criteria: _criteria, ...definition }) => definition),
      ['id'],
      ['municipality_code', 'version', 'valid_from', 'valid_to', 'source', 'synthetic'],
    );
    await upsert(
      Criterion,
      definitions.flatMap((d) => d.criteria.map((c, i) => ({ definitionId: d.id, code: c.code, position: i + 1, text: c.text }))),
      ['definition_id', 'code'],
      ['position', 'text'],
    );
    await insertNew(Child, generated.children);
    await insertNew(Indication, generated.indications);
    await insertNew(Placement, generated.placements);
  });
}

export async function hasData(db: DataSource): Promise<boolean> {
  return db.getRepository(TargetGroupDefinition).exists();
}
