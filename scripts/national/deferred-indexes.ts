import type { DataSource } from 'typeorm';

/**
 * Runs a bulk load with the tables' indexes (primary keys included) dropped, then builds them again
 * under their own names and definitions, so the schema ends up exactly as the migrations made it.
 * Building an index once from all rows is a sort; keeping it up to date row by row is a random
 * B-tree insert per row, which at scale 10 (19 million attendance rows with a random pseudonym in the
 * key) was most of the load time. If the load fails the indexes stay missing: run the seed again.
 */
export async function withIndexesDeferred<T>(dataSource: DataSource, tables: readonly string[], load: () => Promise<T>): Promise<T> {
  const schema = (dataSource.options as { schema: string }).schema;
  const indexes: { table: string; index: string; indexDef: string; constraint: string | null; constraintDef: string | null }[] =
    await dataSource.query(
      `SELECT t.relname AS "table", i.relname AS "index", pg_get_indexdef(x.indexrelid) AS "indexDef",
              c.conname AS "constraint", pg_get_constraintdef(c.oid) AS "constraintDef"
         FROM pg_index x
         JOIN pg_class t ON t.oid = x.indrelid
         JOIN pg_class i ON i.oid = x.indexrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
         LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid AND c.conrelid = x.indrelid
        WHERE n.nspname = $1 AND t.relname = ANY($2)
        ORDER BY t.relname, i.relname`,
      [schema, tables],
    );
  const qualified = (table: string) => `"${schema}"."${table}"`;
  for (const ix of indexes) {
    await dataSource.query(
      ix.constraint ? `ALTER TABLE ${qualified(ix.table)} DROP CONSTRAINT "${ix.constraint}"` : `DROP INDEX "${schema}"."${ix.index}"`,
    );
  }
  const result = await load();
  // One connection per table, so the server builds several tables' indexes at once.
  await Promise.all(
    tables.map((table) =>
      dataSource.transaction(async (tx) => {
        await tx.query('SET LOCAL statement_timeout = 0');
        await tx.query(`SET LOCAL maintenance_work_mem = '256MB'`);
        for (const ix of indexes.filter((i) => i.table === table)) {
          await tx.query(ix.constraint ? `ALTER TABLE ${qualified(table)} ADD CONSTRAINT "${ix.constraint}" ${ix.constraintDef}` : ix.indexDef);
        }
      }),
    ),
  );
  return result;
}
