import type { Context } from '../subgraph';
import { recordAttendance, type RecordAttendanceInput } from '../writes/record-attendance';
import { recordIndication, type RecordIndicationInput } from '../writes/record-indication';
import { recordPlacement, type RecordPlacementInput } from '../writes/record-placement';
import { recordReferral, type RecordReferralInput } from '../writes/record-referral';

export const Mutation = {
  recordIndication: (_: unknown, { input }: { input: RecordIndicationInput }, ctx: Context) => recordIndication(input, ctx),
  recordReferral: (_: unknown, { input }: { input: RecordReferralInput }, ctx: Context) => recordReferral(input, ctx),
  recordPlacement: (_: unknown, { input }: { input: RecordPlacementInput }, ctx: Context) => recordPlacement(input, ctx),
  recordAttendance: (_: unknown, { input }: { input: RecordAttendanceInput }, ctx: Context) => recordAttendance(input, ctx),
};
