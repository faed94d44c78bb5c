import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditAction = 'READ' | 'WRITE' | 'PURGE';
export type AuditRecordType = 'PLACEMENT' | 'INDICATION' | 'ATTENDANCE' | 'CHILD';

/**
 * One row per organisation per successful child-level read or write (who saw or changed which
 * records, when, in which operation), and one per purge. Refused requests disclose and change
 * nothing and are not written here; they go to the service log.
 */
@Entity({ schema: 'children', name: 'audit_log' })
@Check('chk_audit_log_action_kind', `"action" IN ('READ', 'WRITE', 'PURGE')`)
@Check('chk_audit_log_record_type', `"record_type" IN ('PLACEMENT', 'INDICATION', 'ATTENDANCE', 'CHILD')`)
@Check('chk_audit_log_record_count', `"record_count" = cardinality("record_ids")`)
@Index('idx_audit_log_at', ['at'])
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
}
