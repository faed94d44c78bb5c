import { forbidden, groupedLoader, keyedLoader } from '@kansrijk/kit';
import type { DataSource } from 'typeorm';
import { writeAudit, type Reader } from './audit-log';
import type { AuditRecordType } from './entities';

/**
 * Child-level records by organisation (placements by location, indications by issuer). The batch
 * reads the records of every requested organisation in one SELECT, then writes one audit row per
 * organisation in one INSERT before anything is returned: if the audit write fails, the read fails,
 * so no disclosure goes unlogged. An organisation without records is logged too (zero records).
 */
export function auditedLoader<T extends { id: string; childId: string }>(
  db: DataSource,
  reader: Reader,
  recordType: AuditRecordType,
  fetch: (organisationIds: string[]) => Promise<T[]>,
  organisationOf: (row: T) => string,
) {
  return groupedLoader<string, T>(async (organisationIds) => {
    // The resolver checks access first; the loader checks again because it is what discloses.
    if (organisationIds.some((id) => !reader.viewer.canSeeChildrenOf(id))) throw forbidden();
    const startedAt = new Date();
    const rows = await fetch([...organisationIds]);
    await writeAudit(
      db.manager,
      reader,
      organisationIds.map((organisationId) => {
        const shown = rows.filter((r) => organisationOf(r) === organisationId);
        // The children are in the rows already: no second query for the data subjects.
        return { action: 'READ', recordType, organisationId, recordIds: shown.map((r) => r.id), dataSubjectIds: shown.map((r) => r.childId), startedAt };
      }),
    );
    return rows;
  }, organisationOf);
}

/**
 * Child-level records by key, for what a write answers: the answer shows the record and what hangs
 * from it (a placement's child and indication), so it is a disclosure like any query's and is logged
 * the same way, as READ rows (one per organisation, naming the records returned) written before
 * anything is returned. The write has decided access already; the loader checks again on the records
 * themselves, because it is what discloses.
 */
export function auditedRecordLoader<T>(
  db: DataSource,
  reader: Reader,
  recordType: AuditRecordType,
  fetch: (keys: string[]) => Promise<T[]>,
  keyOf: (row: T) => string,
  organisationOf: (row: T) => string,
  recordIdOf: (row: T) => string = keyOf,
) {
  return keyedLoader<string, T>(async (keys) => {
    const rows = await fetch([...keys]);
    if (rows.some((r) => !reader.viewer.canSeeChildrenOf(organisationOf(r)))) throw forbidden();
    const byOrganisation = new Map<string, string[]>();
    for (const row of rows) byOrganisation.set(organisationOf(row), [...(byOrganisation.get(organisationOf(row)) ?? []), recordIdOf(row)]);
    await writeAudit(
      db.manager,
      reader,
      [...byOrganisation].map(([organisationId, recordIds]) => ({ action: 'READ', recordType, organisationId, recordIds })),
    );
    return rows;
  }, keyOf);
}
