import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One row per organisation per successful child-level read (who saw which placements, when, in
 * which operation). Refused reads disclose nothing and are not written here; they go to the log.
 */
@Entity({ schema: 'children', name: 'audit_log' })
@Check('chk_audit_log_action', `"action" IN ('READ')`)
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
  action: 'READ';

  @Column({ type: 'text', name: 'organisation_id' })
  organisationId: string;

  @Column({ type: 'text', name: 'operation_name', nullable: true })
  operationName: string | null;

  @Column({ type: 'text', name: 'request_id' })
  requestId: string;

  @Column({ type: 'integer', name: 'record_count' })
  recordCount: number;

  @Column({ type: 'text', array: true, name: 'record_ids' })
  recordIds: string[];
}
