import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * SQLSTATEs after which PostgreSQL itself says "run the transaction again": a serializable transaction
 * that lost a conflict (40001) and a deadlock victim (40P01). Nothing of the failed attempt was kept.
 */
const RETRYABLE = new Set(['40001', '40P01']);

export function isRetryableConflict(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = e?.driverError?.code ?? e?.code;
  return typeof code === 'string' && RETRYABLE.has(code);
}

export function conflict(message = 'The record was changed by another request at the same moment; please try again'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT' } });
}

/** Attempts run again after a conflict, in this process: `npm run bench` reports it (like queryCounter). */
export const writeRetries = { count: 0 };

export interface WriteOptions {
  /** Attempts before giving up with CONFLICT; each retry reads everything afresh. */
  attempts?: number;
}

/**
 * Of writers that all conflict on one record, each round commits at least one (PostgreSQL's
 * serializable isolation always lets one through), so n such writers at the same moment need up to n
 * attempts: ten covers ten at once, which the concurrency tests send.
 */
export const WRITE_ATTEMPTS = 10;
/** The longest pause between two attempts: the waits together stay well inside a request's time. */
const MAX_BACKOFF_MS = 400;

/**
 * Every write of Kansrijk runs here: one SERIALIZABLE transaction, retried when PostgreSQL reports a
 * serialization conflict.
 *
 * Why this rather than row locks or version columns: the writes read, check and then change (a patch on
 * an organisation, "the next position" in a coalition or a plan section, an upsert in an import). Under
 * READ COMMITTED two such writes at once can both read the old state and the later one silently undoes
 * the earlier (a lost update), or both pick the same next position. SERIALIZABLE makes PostgreSQL detect
 * exactly those interleavings and abort one of them; running the whole function again then sees the
 * other's committed result, so nothing is lost and no write path needs its own locking code. The cost
 * is a retry now and then under contention, which these low-volume administrative writes can afford.
 *
 * `work` must therefore be safe to run more than once: only database work inside it (or checks that
 * can simply be repeated), never a side effect that a rollback cannot undo.
 */
export async function writeTransaction<T>(dataSource: DataSource, work: (tx: EntityManager) => Promise<T>, options: WriteOptions = {}): Promise<T> {
  const attempts = options.attempts ?? WRITE_ATTEMPTS;
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.transaction('SERIALIZABLE', work);
    } catch (error) {
      if (!isRetryableConflict(error)) throw error;
      if (attempt >= attempts) throw conflict();
      writeRetries.count += 1;
      // Jittered, capped exponential backoff, so the writers that collided do not collide again in lockstep.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(MAX_BACKOFF_MS, 10 * 2 ** attempt)));
    }
  }
}
