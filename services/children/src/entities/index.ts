import { Attendance } from './attendance';
import { AuditLog } from './audit-log';
import { Child } from './child';
import { Criterion } from './criterion';
import { FiguresBasis } from './figures-basis';
import { FiguresLocation } from './figures-location';
import { FiguresPublication } from './figures-publication';
import { FiguresStale } from './figures-stale';
import { Indication } from './indication';
import { Placement } from './placement';
import { TargetGroupDefinition } from './target-group-definition';

export { Attendance, AuditLog, Child, Criterion, FiguresBasis, FiguresLocation, FiguresPublication, FiguresStale, Indication, Placement, TargetGroupDefinition };
export type { PublicationStatus } from './figures-publication';
export type { AuditAction, AuditRecordType, AuditStatusCode } from './audit-log';
export { NON_PARTICIPATION_REASONS, type IndicationKind, type NonParticipationReason } from './indication';

export const entities = [TargetGroupDefinition, Criterion, Child, Indication, Placement, Attendance, AuditLog, FiguresPublication, FiguresBasis, FiguresLocation, FiguresStale];
