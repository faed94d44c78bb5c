import type { AttendanceResolvers } from '../generated/graphql';

export const Attendance: AttendanceResolvers = {
  month: (row) => row.month.slice(0, 7),
  hours: (row) => Number(row.hours),
};
