import type { Viewer } from '@kansrijk/domain';
import type { EntityManager } from 'typeorm';
import { newSpanId, traceIdOf } from './audit-trace';
import { AuditLog, type AuditAction, type AuditRecordType } from './entities';
import { PROCESSING_ACTIVITIES, defaultActivity, type ProcessingActivityKey } from './processing-activities';

/** Who is reading or writing, for the audit log: the request's verified viewer and ids. */
export interface Reader {
  viewer: Viewer;
  requestId: string;
  operationName: string | null;
}

/** A task (import, purge) acting on its own behalf rather than a request's viewer. */
export interface TaskActor {
  actor: string;
  roles: string[];
  requestId: string;
  operationName: string | null;
}

export interface AuditEntry {
  action: AuditAction;
  recordType: AuditRecordType;
  organisationId: string | null;
  recordIds: string[];
  /**
   * The register entry (processing-activities.ts); by default the one of the action and record type,
   * so a caller that does not know the register (a mutation) still logs a complete record.
   */
  activity?: ProcessingActivityKey;
  /** The children's pseudonyms; looked up from the records, in the same transaction, when not given. */
  dataSubjectIds?: string[];
  /** When the processing started; by default the start of the transaction (PostgreSQL's `now()`). */
  startedAt?: Date;
}

// Where each kind of record names its child: the data subject of the standard.
const CHILD_OF: Record<AuditRecordType, string | null> = {
  PLACEMENT: `SELECT DISTINCT child_id AS id FROM children.placement WHERE id = ANY($1::text[]) ORDER BY 1`,
  ATTENDANCE: `SELECT DISTINCT child_id AS id FROM children.placement WHERE id = ANY($1::text[]) ORDER BY 1`,
  INDICATION: `SELECT DISTINCT child_id AS id FROM children.indication WHERE id = ANY($1::text[]) ORDER BY 1`,
  CHILD: null,
};

async function dataSubjectsOf(db: EntityManager, entry: AuditEntry): Promise<string[]> {
  if (entry.dataSubjectIds) return [...new Set(entry.dataSubjectIds)].sort();
  const sql = CHILD_OF[entry.recordType];
  if (sql === null) return [...new Set(entry.recordIds)].sort();
  if (entry.recordIds.length === 0) return [];
  return ((await db.query(sql, [entry.recordIds])) as { id: string }[]).map((r) => r.id);
}

/**
 * Writes audit rows in one multi-row INSERT, on the caller's connection or transaction: a read writes
 * them before returning anything and a write inside its own transaction, so that no processing of
 * children's data happens without its log entry. Each row is one action of the Logius standard
 * "Logboek dataverwerkingen": trace (the request), span, processing activity, times, status, actor
 * and data subjects (docs/children-and-privacy.md).
 */
export async function writeAudit(db: EntityManager, who: Reader | TaskActor, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const actor = 'viewer' in who ? who.viewer.id : who.actor;
  const roles = 'viewer' in who ? [...who.viewer.claims.roles] : who.roles;
  const subjects = await Promise.all(entries.map((e) => dataSubjectsOf(db, e)));
  await db
    .createQueryBuilder()
    .insert()
    .into(AuditLog)
    .values(
      entries.map((e, i) => ({
        actor,
        roles,
        action: e.action,
        recordType: e.recordType,
        organisationId: e.organisationId,
        operationName: who.operationName,
        requestId: who.requestId,
        recordCount: e.recordIds.length,
        recordIds: e.recordIds,
        traceId: traceIdOf(who.requestId),
        spanId: newSpanId(),
        processingActivityId: PROCESSING_ACTIVITIES[e.activity ?? defaultActivity(e.action, e.recordType)].id,
        ...(e.startedAt ? { startedAt: e.startedAt } : {}),
        statusCode: 'OK' as const,
        dataSubjectIds: subjects[i],
      })),
    )
    .updateEntity(false)
    .execute();
}
