import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Hours of VE attended in one month of a placement (aanwezigheid). At most 6 hours a day count
 * towards the 960-hour norm, so the hours can never exceed 6 per day attended.
 */
@Entity({ schema: 'children', name: 'attendance' })
@Check('chk_attendance_hours', `"hours" >= 0 AND "hours" <= 6 * "days"`)
@Check('chk_attendance_days', `"days" >= 0 AND "days" <= 31`)
@Check('chk_attendance_month', `EXTRACT(DAY FROM "month") = 1`)
export class Attendance {
  @PrimaryColumn({ type: 'text', name: 'placement_id' })
  placementId: string;

  /** The first day of the month. */
  @PrimaryColumn({ type: 'date' })
  month: string;

  @Column({ type: 'integer' })
  days: number;

  /** pg returns numeric as a string. */
  @Column({ type: 'numeric', precision: 5, scale: 1 })
  hours: string;

  @Column({ type: 'boolean' })
  synthetic: boolean;
}
