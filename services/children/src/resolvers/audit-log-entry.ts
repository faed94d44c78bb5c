import type { AuditLogEntryResolvers } from '../generated/graphql';

export const AuditLogEntry: AuditLogEntryResolvers = {
  at: (row) => new Date(row.at).toISOString(),
  organisation: (row) => (row.organisationId === null ? null : { id: row.organisationId }),
};
