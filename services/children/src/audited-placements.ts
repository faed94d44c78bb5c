import { forbidden, groupedLoader, type Viewer } from '@kansrijk/kit';
import { In, type DataSource } from 'typeorm';
import { AuditLog, Placement } from './entities';

/** Who is reading, for the audit log: the request's verified viewer and ids. */
export interface Reader {
  viewer: Viewer;
  requestId: string;
  operationName: string | null;
}

/**
 * Placements by location (child-level records). The batch reads the placements of every requested
 * organisation in one SELECT, then writes one audit row per organisation in one multi-row INSERT
 * before anything is returned: if the audit write fails, the read fails, so no disclosure goes
 * unlogged. An organisation with no placements is logged too (a read with zero records).
 */
export function auditedPlacementsLoader(db: DataSource, reader: Reader) {
  return groupedLoader<string, Placement>(
    async (locationIds) => {
      // The resolver checks access first; the loader checks again because it is what discloses.
      if (locationIds.some((id) => !reader.viewer.canSeeChildrenOf(id))) throw forbidden();
      const placements = await db.getRepository(Placement).find({
        where: { locationId: In([...locationIds]) },
        order: { startDate: 'DESC', id: 'ASC' },
      });
      await db
        .createQueryBuilder()
        .insert()
        .into(AuditLog)
        .values(
          locationIds.map((organisationId) => {
            const recordIds = placements.filter((p) => p.locationId === organisationId).map((p) => p.id);
            return {
              actor: reader.viewer.id,
              roles: [...reader.viewer.claims.roles],
              action: 'READ' as const,
              organisationId,
              operationName: reader.operationName,
              requestId: reader.requestId,
              recordCount: recordIds.length,
              recordIds,
            };
          }),
        )
        .updateEntity(false)
        .execute();
      return placements;
    },
    (p) => p.locationId,
  );
}
