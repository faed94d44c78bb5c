import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageSize } from './cursor';
import { badUserInput } from './errors';

export type CursorValue = string | number;

/** One column of the sort key; the last one of `orderBy` must be unique (the tie-breaker, e.g. the id). */
export interface KeysetColumn<T> {
  /** The SQL expression it sorts on (`o.name`); the query-builder form orders and compares on it. */
  column: string;
  direction?: 'ASC' | 'DESC';
  /** What a decoded cursor must hold here; `digits` is a bigint id, which pg hands over as a string. */
  type: 'string' | 'number' | 'digits';
  /** The node's value of this column, as the cursor stores it. */
  of(node: T): CursorValue;
}

interface PageArguments<T> {
  orderBy: readonly KeysetColumn<T>[];
  first?: number | null;
  after?: string | null;
  /** When `first` is omitted. */
  defaultFirst?: number;
  maxFirst?: number;
  /** The argument names errors name (BAD_USER_INPUT on `first` or `after`). */
  fields?: { first?: string; after?: string };
}

export type KeysetPageOptions<T> = PageArguments<T> &
  (
    | {
        /**
         * The matching rows, unordered and unlimited: `keysetPage` adds the order, the keyset condition
         * and the limit. Built only once `first` and `after` are found valid, as a fresh builder it may change.
         */
        query(): SelectQueryBuilder<T & ObjectLiteral>;
      }
    | {
        /**
         * For a statement the builder cannot express: the rows strictly after `after` in `orderBy`'s
         * order (all of them when null), ordered by it, at most `limit`.
         */
        fetch(after: CursorValue[] | null, limit: number): Promise<T[]>;
      }
  );

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface KeysetPage<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

function typed(value: unknown, type: KeysetColumn<unknown>['type']): boolean {
  if (type === 'digits') return typeof value === 'string' && /^\d+$/.test(value);
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  return typeof value === 'string';
}

/** The cursor's sort key, or null without one; a cursor of another shape is the client's mistake. */
export function decodeKeysetCursor<T>(field: string, cursor: string | null | undefined, orderBy: readonly KeysetColumn<T>[]): CursorValue[] | null {
  const values = decodeCursor(field, cursor);
  if (values === null) return null;
  if (values.length !== orderBy.length || !values.every((v, i) => typed(v, orderBy[i].type))) {
    throw badUserInput(field, 'is not a cursor this API issued');
  }
  return values;
}

/**
 * `(a, b) > (:x, :y)` when every column sorts the same way (a row comparison PostgreSQL can answer
 * from a composite index); spelled out as `a > x OR (a = x AND b > y)` when the directions differ.
 */
function afterCondition<T>(orderBy: readonly KeysetColumn<T>[], values: CursorValue[]): { sql: string; params: Record<string, CursorValue> } {
  const params = Object.fromEntries(values.map((v, i) => [`keyset_${i}`, v]));
  const op = (c: KeysetColumn<T>) => ((c.direction ?? 'ASC') === 'ASC' ? '>' : '<');
  if (orderBy.every((c) => op(c) === op(orderBy[0]))) {
    const columns = orderBy.map((c) => c.column).join(', ');
    const placeholders = orderBy.map((_, i) => `:keyset_${i}`).join(', ');
    return { sql: `(${columns}) ${op(orderBy[0])} (${placeholders})`, params };
  }
  const branches = orderBy.map((c, i) =>
    [...orderBy.slice(0, i).map((p, j) => `${p.column} = :keyset_${j}`), `${c.column} ${op(c)} :keyset_${i}`].join(' AND '),
  );
  return { sql: `(${branches.map((b) => `(${b})`).join(' OR ')})`, params };
}

/**
 * One page of a Relay connection, keyset-paged: the opaque cursor holds the last node's sort key, so a
 * page costs the same however deep it is and rows added meanwhile do not shift it. One row more than
 * asked is fetched to know whether another page follows.
 */
export async function keysetPage<T>(options: KeysetPageOptions<T>): Promise<KeysetPage<T>> {
  const { orderBy, fields = {} } = options;
  const size = pageSize(fields.first ?? 'first', options.first, options.defaultFirst ?? 20, options.maxFirst ?? MAX_PAGE_SIZE);
  const after = decodeKeysetCursor(fields.after ?? 'after', options.after, orderBy);

  let rows: T[];
  if ('query' in options) {
    const query = options.query();
    if (after) {
      const { sql, params } = afterCondition(orderBy, after);
      query.andWhere(sql, params);
    }
    orderBy.forEach((c, i) => (i === 0 ? query.orderBy(c.column, c.direction ?? 'ASC') : query.addOrderBy(c.column, c.direction ?? 'ASC')));
    rows = await query.limit(size + 1).getMany();
  } else {
    rows = await options.fetch(after, size + 1);
  }

  const edges = rows.slice(0, size).map((node) => ({ cursor: encodeCursor(orderBy.map((c) => c.of(node))), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}
