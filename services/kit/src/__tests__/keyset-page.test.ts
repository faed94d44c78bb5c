/**
 * keysetPage against a real PostgreSQL: a table with ties on the sort column, paged to its end in
 * every order, compared with the same rows sorted in JavaScript.
 */
import { DataSource, EntitySchema } from 'typeorm';
import { encodeCursor } from '../cursor';
import { keysetPage, type KeysetColumn, type KeysetPage } from '../keyset-page';
import { testDatabaseUrl } from '../testing';

const SCHEMA = 'kit_keyset_test';

interface Item {
  id: string;
  name: string;
  seq: string;
}

const ItemEntity = new EntitySchema<Item>({
  name: 'KeysetItem',
  schema: SCHEMA,
  tableName: 'item',
  columns: { id: { type: 'text', primary: true }, name: { type: 'text' }, seq: { type: 'bigint' } },
});

// Ten rows, three names: the id has to break the ties.
const ITEMS: Item[] = Array.from({ length: 10 }, (_, i) => ({ id: `i${String(i).padStart(2, '0')}`, name: ['b', 'a', 'c'][i % 3], seq: String(i + 1) }));

let db: DataSource;
let statements = 0;

beforeAll(async () => {
  db = new DataSource({ type: 'postgres', url: testDatabaseUrl(), entities: [ItemEntity] });
  await db.initialize();
  await db.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await db.query(`CREATE SCHEMA ${SCHEMA}`);
  await db.query(`CREATE TABLE ${SCHEMA}.item (id text PRIMARY KEY, name text NOT NULL, seq bigint NOT NULL)`);
  await db.getRepository(ItemEntity).insert(ITEMS);
});

afterAll(async () => {
  await db.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await db.destroy();
});

const items = () => {
  statements += 1;
  return db.getRepository(ItemEntity).createQueryBuilder('t');
};

const byName = (nameDirection: 'ASC' | 'DESC' = 'ASC'): KeysetColumn<Item>[] => [
  { column: 't.name', direction: nameDirection, type: 'string', of: (t) => t.name },
  { column: 't.id', type: 'string', of: (t) => t.id },
];

/** Follows `endCursor` to the last page; every page but the last says another follows. */
async function allPages(options: { query: typeof items; orderBy: KeysetColumn<Item>[]; first: number }): Promise<string[][]> {
  const pages: string[][] = [];
  let after: string | null = null;
  for (;;) {
    const page: KeysetPage<Item> = await keysetPage<Item>({ ...options, after });
    pages.push(page.edges.map((e) => e.node.id));
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    if (!page.pageInfo.hasNextPage) return pages;
    after = page.pageInfo.endCursor;
  }
}

const sorted = (compare: (a: Item, b: Item) => number) => [...ITEMS].sort(compare).map((t) => t.id);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('keysetPage on a query builder', () => {
  it('pages through ties in (name, id) order, each row once, the last page without a next', async () => {
    const pages = await allPages({ query: items, orderBy: byName(), first: 4 });
    expect(pages.map((p) => p.length)).toEqual([4, 4, 2]);
    expect(pages.flat()).toEqual(sorted((a, b) => cmp(a.name, b.name) || cmp(a.id, b.id)));
  });

  it('pages in mixed directions (name DESC, id ASC)', async () => {
    const pages = await allPages({ query: items, orderBy: byName('DESC'), first: 3 });
    expect(pages.flat()).toEqual(sorted((a, b) => cmp(b.name, a.name) || cmp(a.id, b.id)));
  });

  it('pages a bigint id newest first, its cursor holding the digits', async () => {
    const orderBy: KeysetColumn<Item>[] = [{ column: 't.seq', direction: 'DESC', type: 'digits', of: (t) => t.seq }];
    const first = await keysetPage({ query: items, orderBy, first: 3 });
    expect(first.edges.map((e) => e.node.seq)).toEqual(['10', '9', '8']);
    expect(first.pageInfo.endCursor).toBe(encodeCursor(['8']));
    const rest = await allPages({ query: items, orderBy, first: 3 });
    expect(rest.flat()).toEqual([...ITEMS].reverse().map((t) => t.id));
  });

  it('does not shift a page when rows are added before its cursor', async () => {
    const page1 = await keysetPage({ query: items, orderBy: byName(), first: 3 });
    await db.getRepository(ItemEntity).insert({ id: 'i00-new', name: 'a', seq: '99' });
    try {
      const page2 = await keysetPage({ query: items, orderBy: byName(), first: 3, after: page1.pageInfo.endCursor });
      expect(page2.edges.map((e) => e.node.id)).toEqual(sorted((a, b) => cmp(a.name, b.name) || cmp(a.id, b.id)).slice(3, 6));
    } finally {
      await db.getRepository(ItemEntity).delete({ id: 'i00-new' });
    }
  });

  it('with first: 0 returns no edges but knows whether rows follow', async () => {
    const page = await keysetPage({ query: items, orderBy: byName(), first: 0 });
    expect(page).toEqual({ edges: [], pageInfo: { hasNextPage: true, endCursor: null } });
  });

  it('defaults first to 20 and bounds it by maxFirst', async () => {
    expect((await keysetPage({ query: items, orderBy: byName() })).edges).toHaveLength(10);
    expect((await keysetPage({ query: items, orderBy: byName(), defaultFirst: 2 })).edges).toHaveLength(2);
    await expect(keysetPage({ query: items, orderBy: byName(), first: 5, maxFirst: 4 })).rejects.toMatchObject({
      message: 'first: must be between 0 and 4',
      extensions: { code: 'BAD_USER_INPUT', field: 'first' },
    });
  });
});

describe('keysetPage refuses what it did not issue', () => {
  const forged = [
    ['not base64 JSON', '%%%'],
    ['JSON that is not a tuple', Buffer.from('{"a":1}').toString('base64url')],
    ['a tuple of the wrong length', encodeCursor(['a'])],
    ['a tuple of the wrong types', encodeCursor(['a', 1])],
  ];

  it.each(forged)('%s: BAD_USER_INPUT naming the argument, before any statement', async (_, after) => {
    statements = 0;
    await expect(keysetPage({ query: items, orderBy: byName(), after, fields: { after: 'input.after' } })).rejects.toMatchObject({
      message: 'input.after: is not a cursor this API issued',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.after' },
    });
    expect(statements).toBe(0);
  });

  it('refuses a digits column holding anything but digits', async () => {
    const orderBy: KeysetColumn<Item>[] = [{ column: 't.seq', direction: 'DESC', type: 'digits', of: (t) => t.seq }];
    await expect(keysetPage({ query: items, orderBy, after: encodeCursor(['1 OR 1=1']) })).rejects.toMatchObject({ extensions: { field: 'after' } });
  });
});

describe('keysetPage on a fetch function', () => {
  it('hands the decoded key and first + 1 to the fetch, and pages on what it returns', async () => {
    const calls: [unknown, number][] = [];
    const orderBy: KeysetColumn<{ n: number }>[] = [{ column: 'n', type: 'number', of: (r) => r.n }];
    const fetch = async (after: (string | number)[] | null, limit: number) => {
      calls.push([after, limit]);
      const from = after ? Number(after[0]) : 0;
      return [1, 2, 3, 4, 5].filter((n) => n > from).slice(0, limit).map((n) => ({ n }));
    };
    const page1 = await keysetPage({ fetch, orderBy, first: 2 });
    const page2 = await keysetPage({ fetch, orderBy, first: 2, after: page1.pageInfo.endCursor });
    const page3 = await keysetPage({ fetch, orderBy, first: 2, after: page2.pageInfo.endCursor });
    expect([page1, page2, page3].map((p) => [p.edges.map((e) => e.node.n), p.pageInfo.hasNextPage])).toEqual([
      [[1, 2], true],
      [[3, 4], true],
      [[5], false],
    ]);
    expect(calls).toEqual([[null, 3], [[2], 3], [[4], 3]]);
  });
});
