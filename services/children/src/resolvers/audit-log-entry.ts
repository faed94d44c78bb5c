import type { AuditLog } from '../entities';

export const AuditLogEntry = {
  at: (row: AuditLog) => new Date(row.at).toISOString(),
  organisation: (row: AuditLog) => (row.organisationId === null ? null : { id: row.organisationId }),
};
