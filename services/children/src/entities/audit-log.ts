import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditAction = 'READ' | 'WRITE' | 'PURGE';
export type AuditRecordType = 'PLACEMENT' | 'INDICATION' | 'ATTENDANCE' | 'CHILD';
/** The standard's `status_code`. Only processing that happened is logged, so new entries are `OK`. */
export type AuditStatusCode = 'UNSET' | 'OK' | 'ERROR';

/**
 * One action (actie, a span) of the Logius standard "Logboek dataverwerkingen" per row; the export
 * (tasks/export-audit-log.ts) writes it with one line per data subject as the standard asks.
 * One row per organisation per successful child-level read or write (who saw or changed which
 * records, when, in which operation), and one per purge. Refused requests disclose and change
 * nothing and are not written here; they go to the service log.
 */
@Entity({ schema: 'children', name: 'audit_log' })
@Check('chk_audit_log_action_kind', `"action" IN ('READ', 'WRITE', 'PURGE')`)
@Check('chk_audit_log_record_type', `"record_type" IN ('PLACEMENT', 'INDICATION', 'ATTENDANCE', 'CHILD')`)
@Check('chk_audit_log_record_count', `"record_count" = cardinality("record_ids")`)
@Check('chk_audit_log_status_code', `"status_code" IN ('UNSET', 'OK', 'ERROR')`)
@Check('chk_audit_log_trace_id', `"trace_id" ~ '^[0-9a-f]{32}$'`)
@Check('chk_audit_log_span_id', `"span_id" ~ '^[0-9a-f]{16}$'`)
@Index('idx_audit_log_at', ['at'])
@Index('idx_audit_log_trace', ['traceId'])
@Index('idx_audit_log_span', ['spanId'], { unique: true })
@Index('idx_audit_log_organisation_at', ['organisationId', 'at'])
@Index('idx_audit_log_actor', ['actor'])
export class AuditLog {
  /** bigint arrives from pg as a string. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  /** The token's subject. */
  @Column({ type: 'text' })
  actor: string;

  @Column({ type: 'text', array: true })
  roles: string[];

  @Column({ type: 'text' })
  action: AuditAction;

  /** What `record_ids` name; placements for the rows written before this column existed. */
  @Column({ type: 'text', name: 'record_type', default: 'PLACEMENT' })
  recordType: AuditRecordType;

  /** The organisation whose records were read or written; null for a purge, which is everyone's. */
  @Column({ type: 'text', name: 'organisation_id', nullable: true })
  organisationId: string | null;

  @Column({ type: 'text', name: 'operation_name', nullable: true })
  operationName: string | null;

  @Column({ type: 'text', name: 'request_id' })
  requestId: string;

  @Column({ type: 'integer', name: 'record_count' })
  recordCount: number;

  @Column({ type: 'text', array: true, name: 'record_ids' })
  recordIds: string[];

  /** The standard's `trace_id`: the request id the gateway issued, as 32 hex digits (audit-trace.ts). */
  @Column({ type: 'char', length: 32, name: 'trace_id' })
  traceId: string;

  /** The standard's `span_id`: 16 random hex digits, one per entry. */
  @Column({ type: 'char', length: 16, name: 'span_id' })
  spanId: string;

  /** `dpl.core.processing_activity_id`: an id of the register in processing-activities.ts. */
  @Column({ type: 'text', name: 'processing_activity_id' })
  processingActivityId: string;

  /** The standard's `start_time`: a write's transaction start, a read's start before its query. */
  @Column({ type: 'timestamptz', name: 'started_at', default: () => 'now()' })
  startedAt: Date;

  /** The standard's `end_time`: when the entry was written, just before the processing's result is. */
  @Column({ type: 'timestamptz', name: 'ended_at', default: () => 'clock_timestamp()' })
  endedAt: Date;

  @Column({ type: 'text', name: 'status_code', default: 'OK' })
  statusCode: AuditStatusCode;

  /** `dpl.core.data_subject_id`: the pseudonyms of the children whose data was processed; never a name or BSN. */
  @Column({ type: 'text', array: true, name: 'data_subject_ids', default: () => "'{}'" })
  dataSubjectIds: string[];
}
