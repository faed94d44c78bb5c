/**
 * Every child-level write is a kit `mutation`: partner staff only, checked against the record's
 * organisation in the transaction, audited in it, and the published figures marked stale after it.
 */
import { recordAttendance } from '../writes/attendance';
import { recordIndication, recordReferral } from '../writes/indications';
import { recordPlacement } from '../writes/placements';

export const Mutation = { recordIndication, recordReferral, recordPlacement, recordAttendance };
