import { createHash, randomBytes } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The standard's `trace_id` (16 bytes, hex) of a request: the gateway's request id is a UUID, which is
 * exactly 16 bytes, so the two stay the same value and an entry is found by either. Any other id (a
 * task's, a test's) is hashed to 16 bytes. The migration that added the column does the same in SQL.
 */
export function traceIdOf(requestId: string): string {
  if (UUID.test(requestId)) return requestId.replace(/-/g, '').toLowerCase();
  return createHash('sha256').update(requestId).digest('hex').slice(0, 32);
}

/** A fresh `span_id` (8 bytes, hex) for one entry. */
export const newSpanId = () => randomBytes(8).toString('hex');

/**
 * The `span_id` of the line about one data subject under an entry: the standard wants one line per
 * data subject, each a child action of the entry. Derived, not stored, so every export gives the same ids.
 */
export function subjectSpanId(parentSpanId: string, dataSubjectId: string): string {
  return createHash('sha256').update(`${parentSpanId}:${dataSubjectId}`).digest('hex').slice(0, 16);
}
