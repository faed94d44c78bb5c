import { badUserInput } from './errors';

/** Opaque Relay cursors: base64url of a JSON tuple of the sort key, so paging is keyset, not offset. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(field: string, cursor: string | null | undefined): (string | number)[] | null {
  if (cursor === null || cursor === undefined) return null;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.every((v) => typeof v === 'string' || typeof v === 'number')) return parsed;
  } catch {
    // fall through to the error below
  }
  throw badUserInput(field, 'is not a cursor this API issued');
}

export const MAX_PAGE_SIZE = 100;

/** A page's size: `first` when given, bounded so that no request reads a whole table. */
export function pageSize(field: string, first: number | null | undefined, fallback = 20, max = MAX_PAGE_SIZE): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 0 || first > max) {
    throw badUserInput(field, `must be between 0 and ${max}`);
  }
  return first;
}
