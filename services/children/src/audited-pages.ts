import { firstRowsPerGroup, forbidden, groupedByArgument, selectEntityColumns, tooManyToList, type PageArgument } from '@kansrijk/kit';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { writeAudit, type Reader } from './audit-log';
import type { AuditRecordType } from './entities';

/** The unpaged `placements` and `indications` stop here (the demo's largest location has about 2,000): past it a client pages. */
export const MAX_UNPAGED_RECORDS = 2500;

/** How one kind of child-level record is stored and ordered: newest first, the id breaking ties. */
export interface RecordTable<T> {
  entity: EntityTarget<T & ObjectLiteral>;
  alias: string;
  owner: string;
  date: string;
  ownerOf(row: T): string;
}

/**
 * Every requested organisation's rows after `after`, at most `limit` each, in one statement:
 * `row_number()` per organisation cuts each list (a LIMIT would cut the whole batch).
 */
export async function recordsPerOrganisation<T>(db: DataSource, table: RecordTable<T>, { after, limit }: PageArgument, organisationIds: readonly string[]): Promise<T[]> {
  const { alias: a, owner, date } = table;
  const ranked = selectEntityColumns(db.createQueryBuilder(), db, table.entity, a)
    .addSelect(`row_number() OVER (PARTITION BY ${a}.${owner} ORDER BY ${a}.${date} DESC, ${a}.id ASC)`, 'position')
    .from(table.entity, a)
    .where(`${a}.${owner} IN (:...organisationIds)`, { organisationIds });
  // Newest first: "after" is an earlier date, or the same date and a later id.
  if (after) ranked.andWhere(`(${a}.${date} < :afterDate OR (${a}.${date} = :afterDate AND ${a}.id > :afterId))`, { afterDate: after[0], afterId: after[1] });
  return firstRowsPerGroup<T>(db, ranked, limit);
}

/** The unpaged list, refused before anything is read into the answer or the audit log when it is too long. */
export async function cappedRecords<T>(db: DataSource, table: RecordTable<T>, organisationIds: readonly string[], field: string): Promise<T[]> {
  const rows = await recordsPerOrganisation(db, table, { after: null, limit: MAX_UNPAGED_RECORDS + 1 }, organisationIds);
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(table.ownerOf(row), (counts.get(table.ownerOf(row)) ?? 0) + 1);
  if ([...counts.values()].some((n) => n > MAX_UNPAGED_RECORDS)) {
    throw tooManyToList(`${field}: records`, MAX_UNPAGED_RECORDS, `${field}Page(first, after)`);
  }
  return rows;
}

/**
 * Pages of child-level records, audited as `reader` like `auditedLoader`: one SELECT for every
 * organisation asking the same page, then one audit row per organisation before anything is returned.
 * The row past the page (it only says that another page follows) is not disclosed, so not logged.
 */
export function auditedPageLoader<T extends { id: string }>(db: DataSource, reader: Reader, recordType: AuditRecordType, table: RecordTable<T>) {
  return groupedByArgument<PageArgument, T>(async (argument, organisationIds) => {
    if (organisationIds.some((id) => !reader.viewer.canSeeChildrenOf(id))) throw forbidden();
    const rows = await recordsPerOrganisation(db, table, argument, organisationIds);
    await writeAudit(
      db.manager,
      reader,
      organisationIds.map((organisationId) => ({
        action: 'READ',
        recordType,
        organisationId,
        recordIds: rows
          .filter((r) => table.ownerOf(r) === organisationId)
          .slice(0, argument.limit - 1)
          .map((r) => r.id),
      })),
    );
    return rows;
  }, table.ownerOf);
}
