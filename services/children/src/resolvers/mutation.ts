/**
 * Every child-level write is a kit `mutation`: partner staff only, checked against the record's
 * organisation in the transaction, audited in it, and the published figures marked stale after it.
 */
import { assertDate } from '../date-rules';
import type { MutationResolvers } from '../generated/graphql';
import { recordAttendance } from '../writes/attendance';
import { recordIndication, recordReferral } from '../writes/indications';
import { recordPlacement } from '../writes/placements';

type Resolver = (...args: never[]) => unknown;

/**
 * Refuses dates that lie ahead where date-rules.ts says they cannot, before the write starts (so
 * before its transaction and audit): the same rules the import applies.
 */
function withDateRules<R extends Resolver>(resolve: R, check: (input: Record<string, string | null | undefined>) => void): R {
  return ((parent: unknown, args: { input: Record<string, string | null | undefined> }, ...rest: unknown[]) => {
    check(args.input);
    return (resolve as unknown as (...a: unknown[]) => unknown)(parent, args, ...rest);
  }) as unknown as R;
}

export const Mutation: MutationResolvers = {
  recordIndication: withDateRules(recordIndication as Resolver, (i) => assertDate('input.issuedOn', 'happened', i.issuedOn)) as MutationResolvers['recordIndication'],
  recordReferral: withDateRules(recordReferral as Resolver, (i) => assertDate('input.referredOn', 'happened', i.referredOn)) as MutationResolvers['recordReferral'],
  recordPlacement: withDateRules(recordPlacement as Resolver, (i) => {
    // Left out, the registration is the start date: one ahead would be a registration that has not happened.
    assertDate('input.registeredOn', 'happened', i.registeredOn ?? i.startDate);
    assertDate('input.startDate', 'placementStart', i.startDate);
  }) as MutationResolvers['recordPlacement'],
  recordAttendance: withDateRules(recordAttendance as Resolver, (i) => assertDate('input.month', 'attendanceMonth', i.month && `${i.month}-01`)) as MutationResolvers['recordAttendance'],
};
