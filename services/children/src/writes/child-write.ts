import { mutationsFor, type Reference } from '@kansrijk/kit';
import { partnerStaff } from '@kansrijk/domain';
import type { EntityManager } from 'typeorm';
import type { AuditRecordType } from '../entities';
import { figuresChanged } from '../figures/queue';
import type { Loaders } from '../loaders';
import type { Context } from '../subgraph';
import { auditWrite } from './audit';

const mutation = mutationsFor<Context>();

/** What a child-level write wrote: its WRITE entry. */
export interface Written {
  recordType: AuditRecordType;
  organisationId: string;
  recordIds: string[];
}

type Answers = ReturnType<Loaders['answers']>;

export interface ChildWriteSpec<A, R, O> {
  references?(args: A, ctx: Context): readonly Reference[];
  /** Entitlement to the record first (`refuseChildWrite`), then the field checks, then the change. */
  run(tx: EntityManager, args: A, ctx: Context): Promise<R>;
  written(result: NoInfer<R>): Written;
  /** The answer, read through the audited loaders only. */
  answer(result: NoInfer<R>, answers: Answers): Promise<O | null>;
}

/**
 * Every child-level write, one shape: partner staff only (the role gate), a WRITE entry in the
 * write's transaction, the published figures marked stale after the commit, and the answer read back
 * through the audited answer loaders, so that what the answer shows (a placement's child, its
 * indication's criteria) is logged as a READ, like the same records shown by a query.
 */
export function childWrite<A, R, O>(spec: ChildWriteSpec<A, R, O>) {
  return mutation<A, R, O>({
    allow: partnerStaff,
    references: spec.references,
    run: spec.run,
    audit: (tx, result, _args, ctx) => auditWrite(tx, ctx, spec.written(result)),
    committed: (_result, ctx) => figuresChanged(ctx.dataSource),
    async answer(result, ctx) {
      const answers = ctx.loaders.answers({ viewer: ctx.viewer, requestId: ctx.requestId, operationName: ctx.operationName });
      const row = await spec.answer(result, answers);
      // Committed a moment ago in this request: a missing row is broken data, not the client's error.
      if (row === null) throw new Error(`the ${spec.written(result).recordType} just written cannot be read back`);
      return row;
    },
  });
}
