import { Init1795330306000 } from './1795330306000-Init';
import { FunnelAttendanceAudit1795332063283 } from './1795332063283-FunnelAttendanceAudit';
import { PublishedFigures1796120859929 } from './1796120859929-PublishedFigures';
import { FiguresStaleTriggers1796125000000 } from './1796125000000-FiguresStaleTriggers';
import { BasisHours1796125415299 } from './1796125415299-BasisHours';

export const migrations: Function[] = [Init1795330306000, FunnelAttendanceAudit1795332063283, PublishedFigures1796120859929, FiguresStaleTriggers1796125000000, BasisHours1796125415299];
