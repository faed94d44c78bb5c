import { AuditLog } from './AuditLog';
import { Child } from './Child';
import { Criterion } from './Criterion';
import { Indication } from './Indication';
import { Placement } from './Placement';
import { TargetGroupDefinition } from './TargetGroupDefinition';

export { AuditLog, Child, Criterion, Indication, Placement, TargetGroupDefinition };
export type { IndicationKind } from './Indication';

export const entities = [TargetGroupDefinition, Criterion, Child, Indication, Placement, AuditLog];
