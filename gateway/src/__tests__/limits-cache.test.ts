/**
 * The operation limits keep what they measured per document: the same document is measured again for
 * other variables (the cost follows `first: $n`), a refused one stays refused, and the cache is bounded.
 */
import { ApolloServer } from '@apollo/server';
import { DEFAULT_LIMITS, Lru, operationLimitsPlugin } from '../limits';

const typeDefs = `
  type Item { id: ID! children(first: Int): [Item!]! }
  type Query { items(first: Int): [Item!]! }
`;
const resolvers = { Query: { items: () => [] } };

async function run(server: ApolloServer, query: string, variables: Record<string, unknown> = {}) {
  const response = await server.executeOperation({ query, variables });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult.errors?.map((e) => e.extensions?.code) ?? [];
}

describe('operation limits, measured once per document', () => {
  const server = new ApolloServer({ typeDefs, resolvers, plugins: [operationLimitsPlugin({ ...DEFAULT_LIMITS, maxCost: 1000, maxAliases: 2 })] });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('measures the cost again when the variables change', async () => {
    const query = 'query Q($n: Int) { items(first: $n) { id children(first: $n) { id } } }';
    expect(await run(server, query, { n: 5 })).toEqual([]);
    expect(await run(server, query, { n: 100 })).toEqual(['OPERATION_LIMIT_EXCEEDED']);
    expect(await run(server, query, { n: 5 })).toEqual([]);
  });

  it('refuses a document over a limit every time it is sent', async () => {
    const query = '{ a: items { id } b: items { id } c: items { id } }';
    expect(await run(server, query)).toEqual(['OPERATION_LIMIT_EXCEEDED']);
    expect(await run(server, query)).toEqual(['OPERATION_LIMIT_EXCEEDED']);
  });
});

describe('Lru', () => {
  it('keeps at most its size, dropping the least recently used', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3);
    expect([lru.get('a'), lru.get('b'), lru.get('c'), lru.count]).toEqual([1, undefined, 3, 2]);
  });
});
