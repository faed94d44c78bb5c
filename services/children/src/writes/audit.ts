import type { EntityManager } from 'typeorm';
import { writeAudit, type AuditEntry } from '../audit-log';
import type { Context } from '../subgraph';

/** Every child-level write leaves an entry in the audit log, in the write's own transaction (the pipeline's `audit`). */
export function auditWrite(tx: EntityManager, ctx: Context, entry: Omit<AuditEntry, 'action'>): Promise<void> {
  return writeAudit(tx, { viewer: ctx.viewer, requestId: ctx.requestId, operationName: ctx.operationName }, [{ action: 'WRITE', ...entry }]);
}
