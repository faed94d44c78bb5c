import type { Viewer } from '@kansrijk/domain';
import type { EntityManager } from 'typeorm';
import { AuditLog, type AuditAction, type AuditRecordType } from './entities';

/** Who is reading or writing, for the audit log: the request's verified viewer and ids. */
export interface Reader {
  viewer: Viewer;
  requestId: string;
  operationName: string | null;
}

export interface AuditEntry {
  action: AuditAction;
  recordType: AuditRecordType;
  organisationId: string | null;
  recordIds: string[];
}

/**
 * Writes audit rows in one multi-row INSERT, on the caller's connection or transaction: a read writes
 * them before returning anything and a write inside its own transaction, so that no processing of
 * children's data happens without its log entry.
 */
export async function writeAudit(db: EntityManager, who: Reader | { actor: string; roles: string[]; requestId: string; operationName: string | null }, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const actor = 'viewer' in who ? who.viewer.id : who.actor;
  const roles = 'viewer' in who ? [...who.viewer.claims.roles] : who.roles;
  await db
    .createQueryBuilder()
    .insert()
    .into(AuditLog)
    .values(
      entries.map((e) => ({
        actor,
        roles,
        action: e.action,
        recordType: e.recordType,
        organisationId: e.organisationId,
        operationName: who.operationName,
        requestId: who.requestId,
        recordCount: e.recordIds.length,
        recordIds: e.recordIds,
      })),
    )
    .updateEntity(false)
    .execute();
}
