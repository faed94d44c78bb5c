import { Attendance } from './Attendance';
import { AuditLog } from './AuditLog';
import { Child } from './Child';
import { Criterion } from './Criterion';
import { FiguresBasis } from './FiguresBasis';
import { FiguresLocation } from './FiguresLocation';
import { FiguresPublication } from './FiguresPublication';
import { FiguresStale } from './FiguresStale';
import { Indication } from './Indication';
import { Placement } from './Placement';
import { TargetGroupDefinition } from './TargetGroupDefinition';

export { Attendance, AuditLog, Child, Criterion, FiguresBasis, FiguresLocation, FiguresPublication, FiguresStale, Indication, Placement, TargetGroupDefinition };
export type { PublicationStatus } from './FiguresPublication';
export type { AuditAction, AuditRecordType } from './AuditLog';
export { NON_PARTICIPATION_REASONS, type IndicationKind, type NonParticipationReason } from './Indication';

export const entities = [TargetGroupDefinition, Criterion, Child, Indication, Placement, Attendance, AuditLog, FiguresPublication, FiguresBasis, FiguresLocation, FiguresStale];
