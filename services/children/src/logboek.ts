/**
 * The mapping of an audit entry onto a log line (logregel) of the Logius standard "Logboek
 * dataverwerkingen" (https://github.com/Logius-standaarden/logboek-dataverwerkingen, section
 * "Component: Logboek", interface): the fields of an OpenTelemetry span, with the `dpl.core.*`
 * attributes. The standard wants one line per data subject: an entry becomes one line for the action
 * itself and, under it (`parent_span_id`), one line per child it processed.
 */
import { subjectSpanId } from './audit-trace';
import type { AuditLog, AuditStatusCode } from './entities';
import { DATA_SUBJECT_ID_TYPE } from './processing-activities';
import { actionName } from './resolvers/audit-log-entry';

/** The standard's `status_code` values (an enumeration of OpenTelemetry's). */
const STATUS: Record<AuditStatusCode, LogboekLine['status_code']> = { UNSET: 'STATUS_CODE_UNSET', OK: 'STATUS_CODE_OK', ERROR: 'STATUS_CODE_ERROR' };

/** The system that processed (`resource`), as the standard lets an organisation name it. */
export const RESOURCE = { attributes: { 'service.name': 'kansrijk-children', 'service.namespace': 'kansrijk' } } as const;

export interface LogboekLine {
  trace_id: string;
  span_id: string;
  parent_span_id: string | null;
  name: string;
  /** Milliseconds since 1970 (the standard's `timestamp (ms)`). */
  start_time: number;
  end_time: number;
  status_code: 'STATUS_CODE_UNSET' | 'STATUS_CODE_OK' | 'STATUS_CODE_ERROR';
  resource: typeof RESOURCE;
  /**
   * The key-value pairs: `dpl.core.*` as the standard defines them, and who acted, on whose behalf and
   * on which records under `dpl.kansrijk.*` (the standard leaves these to the organisation's namespace).
   */
  attributes: Record<string, string | string[] | number | null>;
}

type Entry = Pick<
  AuditLog,
  'id' | 'at' | 'actor' | 'roles' | 'action' | 'recordType' | 'organisationId' | 'operationName' | 'requestId' | 'recordIds' | 'traceId' | 'spanId' | 'processingActivityId' | 'startedAt' | 'endedAt' | 'statusCode' | 'dataSubjectIds'
>;

export function logboekLines(entry: Entry): LogboekLine[] {
  const who = {
    'dpl.core.processing_activity_id': entry.processingActivityId,
    'dpl.kansrijk.actor': entry.actor,
    'dpl.kansrijk.actor_roles': entry.roles,
    // On whose behalf: the organisation whose children's records these are (null: a purge, everyone's).
    'dpl.kansrijk.organisation': entry.organisationId,
  };
  const common = {
    trace_id: entry.traceId,
    name: actionName(entry),
    start_time: new Date(entry.startedAt).getTime(),
    end_time: new Date(entry.endedAt).getTime(),
    status_code: STATUS[entry.statusCode],
    resource: RESOURCE,
  };
  const action: LogboekLine = {
    ...common,
    span_id: entry.spanId,
    parent_span_id: null,
    attributes: {
      ...who,
      'dpl.kansrijk.action': entry.action,
      'dpl.kansrijk.record_type': entry.recordType,
      'dpl.kansrijk.record_ids': entry.recordIds,
      'dpl.kansrijk.operation_name': entry.operationName,
      'dpl.kansrijk.request_id': entry.requestId,
      'dpl.kansrijk.audit_entry': entry.id,
    },
  };
  const perChild = entry.dataSubjectIds.map<LogboekLine>((child) => ({
    ...common,
    span_id: subjectSpanId(entry.spanId, child),
    parent_span_id: entry.spanId,
    attributes: { ...who, 'dpl.core.data_subject_id': child, 'dpl.core.data_subject_id_type': DATA_SUBJECT_ID_TYPE },
  }));
  return [action, ...perChild];
}
