import { Init1795330306000 } from './1795330306000-Init';
import { FunnelAttendanceAudit1795332063283 } from './1795332063283-FunnelAttendanceAudit';

export const migrations: Function[] = [Init1795330306000, FunnelAttendanceAudit1795332063283];
