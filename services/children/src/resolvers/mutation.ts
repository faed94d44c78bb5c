/**
 * Every child-level write is a kit `mutation` (writes/child-write.ts): partner staff only, checked against
 * the record's organisation in the transaction, its dates against date-rules.ts, audited in it, and the
 * published figures marked stale after it.
 */
import type { MutationResolvers } from '../generated/graphql';
import { recordAttendance } from '../writes/attendance';
import { recordIndication, recordReferral } from '../writes/indications';
import { recordPlacement } from '../writes/placements';

export const Mutation: MutationResolvers = { recordIndication, recordReferral, recordPlacement, recordAttendance };
