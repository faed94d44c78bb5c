import type { AuditLogEntryResolvers } from '../generated/graphql';
import { DATA_SUBJECT_ID_TYPE, processingActivity } from '../processing-activities';

/** What the Logius standard calls the action's `name`: what was done with which kind of record. */
export const actionName = (row: { action: string; recordType: string }) => `${row.action.toLowerCase()} ${row.recordType.toLowerCase()}`;

export const AuditLogEntry: AuditLogEntryResolvers = {
  at: (row) => new Date(row.at).toISOString(),
  organisation: (row) => (row.organisationId === null ? null : { id: row.organisationId }),
  name: (row) => actionName(row),
  startTime: (row) => new Date(row.startedAt).toISOString(),
  endTime: (row) => new Date(row.endedAt).toISOString(),
  processingActivity: (row) => processingActivity(row.processingActivityId),
  dataSubjectIdType: () => DATA_SUBJECT_ID_TYPE,
};
