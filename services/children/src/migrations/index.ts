import { Init1795330306000 } from './1795330306000-Init';
import { FunnelAttendanceAudit1795332063283 } from './1795332063283-FunnelAttendanceAudit';
import { PublishedFigures1796120859929 } from './1796120859929-PublishedFigures';
import { FiguresStaleTriggers1796126000000 } from './1796126000000-FiguresStaleTriggers';

export const migrations: Function[] = [Init1795330306000, FunnelAttendanceAudit1795332063283, PublishedFigures1796120859929, FiguresStaleTriggers1796126000000];
