import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Adds every column of `entity` (joined as `alias`) to a raw select under its property name, so a raw
 * row reads like the entity. Loaders that reach an entity through a link table use raw rows because
 * `getMany()` merges an entity reached through two keys of one batch into a single object.
 */
export function selectEntityColumns<Q extends ObjectLiteral>(
  qb: SelectQueryBuilder<Q>,
  db: DataSource,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
): SelectQueryBuilder<Q> {
  for (const column of db.getMetadata(entity).columns) qb.addSelect(`${alias}.${column.propertyPath}`, column.propertyName);
  return qb;
}
