import type { Attendance as AttendanceRow } from '../entities';

export const Attendance = {
  month: (row: AttendanceRow) => row.month.slice(0, 7),
  hours: (row: AttendanceRow) => Number(row.hours),
};
