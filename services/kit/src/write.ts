/**
 * The one write pipeline: every mutation of every subgraph is a `mutation({...})`, so each gets the same
 * steps in the same order, and none can forget one.
 *
 * 1. `allow`: the role gate, before anything of the input is read, so a role that can never write
 *    learns nothing from the answers (not even whether an id exists).
 * 2. `references`: keys of other subgraphs the input names are asked of their owners now, before the
 *    transaction opens; the checks inside `run` (`ctx.references.assertExist`) are then answered from
 *    this request's memory. A write must not wait on another subgraph while it holds a transaction (the
 *    embedded PostgreSQL runs one transaction at a time; a server would hold locks for a network call).
 *    An owner that could not answer is not asked again: a check that needs it throws SERVICE_UNAVAILABLE
 *    and the transaction rolls back.
 * 3. `run`, then `audit`: in one `writeTransaction` (serializable, run again on a conflict), so the
 *    record-level access check, the input checks, the change and its audit entry commit together or not
 *    at all. Both may run more than once: database work only.
 * 4. Fresh loaders: the request's loaders may hold rows from before the write; the answer (and a later
 *    mutation of the same request) must see the change.
 * 5. `committed`: side effects after the commit (e.g. marking published figures stale), once.
 * 6. `answer`: what the mutation returns, read through the fresh loaders (default: `run`'s result).
 */
import type { EntityManager } from 'typeorm';
import type { DataSource } from 'typeorm';
import type { Logger } from './log';
import type { Reference, ReferenceChecker } from './references';
import { writeTransaction } from './transaction';

/** What the pipeline needs of a request's context; every subgraph context has it. */
export interface WritingContext<L = unknown> {
  dataSource: DataSource;
  references: ReferenceChecker;
  loaders: L;
  /** New, empty loaders for this request (the definition's `loaders` factory). */
  newLoaders(): L;
  log: Logger;
}

/** `A` (the resolver's arguments) is inferred from `run`'s or `references`' annotated parameter. */
export interface WriteSpec<C, A, R, O> {
  /** The role gate: throws FORBIDDEN for a viewer who may never make this write. */
  allow(ctx: C, args: NoInfer<A>): void;
  /** Other subgraphs' keys the raw input names (malformed ones included: the owner just says no). */
  references?(args: A, ctx: C): readonly Reference[];
  /** Reads, checks and changes, inside the transaction; its result goes to `audit`, `committed` and `answer`. */
  run(tx: EntityManager, args: A, ctx: C): Promise<R>;
  /** An audit entry for the change, in the same transaction, where the domain asks for one. */
  audit?(tx: EntityManager, result: NoInfer<R>, args: NoInfer<A>, ctx: C): Promise<void>;
  /** After the commit, once (not on a retried attempt). */
  committed?(result: NoInfer<R>, ctx: C): void;
  /** The mutation's answer, through the request's fresh loaders. */
  answer?(result: NoInfer<R>, ctx: C): O | Promise<O>;
}

/**
 * The pipeline for one subgraph's context: `const mutation = mutationsFor<Context>()`, then each write is
 * `mutation({ allow, references, run, ... })`, with `ctx` typed as that subgraph's context.
 */
export function mutationsFor<C extends WritingContext>() {
  return function mutation<A, R, O = R>(spec: WriteSpec<C, A, R, O>): (parent: unknown, args: A, ctx: C) => Promise<O> {
    return async (_parent, args, ctx) => {
      spec.allow(ctx, args);
      const references = spec.references?.(args, ctx) ?? [];
      // Best effort: unknown keys and an owner that could not answer are reported by the checks in
      // `run` (from memory, never asking inside the transaction), after its own checks, so the client
      // hears about its input in the order of the form, and an update that needs no key of a down
      // owner still goes through.
      if (references.length) await ctx.references.prefetch(references);
      const result = await writeTransaction(ctx.dataSource, async (tx) => {
        const done = await spec.run(tx, args, ctx);
        await spec.audit?.(tx, done, args, ctx);
        return done;
      });
      ctx.loaders = ctx.newLoaders();
      spec.committed?.(result, ctx);
      return spec.answer ? spec.answer(result, ctx) : (result as unknown as O);
    };
  };
}
