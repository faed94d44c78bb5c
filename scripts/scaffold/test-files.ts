import type { SubgraphNames } from './names';

/**
 * The new subgraph's tests: a unit test of the subgraph alone on the test database (its own path, as
 * the gateway calls it) and an end-to-end test through the gateway with the whole stack. Paths are
 * relative to the repository root.
 */
export function testFiles(n: SubgraphNames): Record<string, string> {
  return {
    [`services/${n.name}/src/__tests__/${n.name}.test.ts`]: unitTest(n),
    [`test/${n.name}.e2e.test.ts`]: e2eTest(n),
  };
}

function unitTest(n: SubgraphNames): string {
  return `import { DEMO_MUNICIPALITIES } from '@kansrijk/demo';
import { queryCounter } from '@kansrijk/kit';
import { startTestSubgraph, type TestSubgraph } from '@kansrijk/kit/src/testing';
import { ${n.entity} } from '../entities';
import { migrations } from '../migrations';
import { demoRows, hasData, seed } from '../seed';
import { ${n.exportName} } from '../subgraph';

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(${n.exportName});
});
afterAll(async () => {
  await subgraph?.close();
});

async function data<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await subgraph.query<T>(query, variables);
  expect(res.errors).toBeUndefined();
  expect(res.status).toBe(200);
  return res.data as T;
}

/** How many SQL statements this subgraph ran during \`run\`. */
async function statementsDuring(run: () => Promise<unknown>): Promise<number> {
  const before = queryCounter.counts.get('${n.name}') ?? 0;
  await run();
  return (queryCounter.counts.get('${n.name}') ?? 0) - before;
}

const rows = () => subgraph.dataSource.getRepository(${n.entity}).find({ order: { id: 'ASC' } });

const MUNICIPALITY_FIELD = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { code ${n.field} { id name example municipality { code } } } } }';
const ENTITY = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${n.entity} { id name municipality { code } } } }';
const municipalities = (...codes: string[]) => ({ r: codes.map((code) => ({ __typename: 'Municipality', code })) });

describe('${n.name} subgraph', () => {
  it('refuses a request without the gateway signature', async () => {
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    expect(response.status).toBe(401);
  });

  it('starts with the Init migration, and the migrations match the entities', async () => {
    // Later migrations (npm run migration:generate) follow it; the schema builder finds nothing left to do.
    expect(migrations[0].name).toMatch(/^Init\\d+$/);
    const log = await subgraph.dataSource.driver.createSchemaBuilder().log();
    expect(log.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('seeds only example rows of demo municipalities, and seeding twice changes nothing', async () => {
    const codes = new Set(DEMO_MUNICIPALITIES.map((m) => m.code));
    const before = await rows();
    expect(before).toHaveLength(demoRows().length);
    expect(before.every((row) => row.example && codes.has(row.municipalityCode))).toBe(true);
    expect(await hasData(subgraph.dataSource)).toBe(true);
    await seed(subgraph.dataSource);
    expect(await rows()).toEqual(before);
  });

  it('adds ${n.field} to Municipality references, by name; none for a municipality without any', async () => {
    const res = await data<{ _entities: { code: string; ${n.field}: { id: string; name: string; example: boolean; municipality: { code: string } }[] }[] }>(
      MUNICIPALITY_FIELD,
      municipalities('GM0556', 'GM9999'),
    );
    const maassluis = demoRows().filter((row) => row.municipalityCode === 'GM0556').sort((a, b) => a.name.localeCompare(b.name));
    expect(maassluis.length).toBeGreaterThan(0);
    expect(res._entities).toEqual([
      { code: 'GM0556', ${n.field}: maassluis.map((row) => ({ id: row.id, name: row.name, example: true, municipality: { code: 'GM0556' } })) },
      { code: 'GM9999', ${n.field}: [] },
    ]);
  });

  it('resolves ${n.entity} references in the order given, null for an unknown id', async () => {
    const [first, second] = demoRows();
    const res = await data<{ _entities: ({ id: string; name: string; municipality: { code: string } } | null)[] }>(ENTITY, {
      r: [second, { id: 'does-not-exist' }, first].map(({ id }) => ({ __typename: '${n.entity}', id })),
    });
    expect(res._entities).toEqual([
      { id: second.id, name: second.name, municipality: { code: second.municipalityCode } },
      null,
      { id: first.id, name: first.name, municipality: { code: first.municipalityCode } },
    ]);
  });

  it('runs one SQL statement for the field, whether one municipality or three ask (no N+1)', async () => {
    const one = await statementsDuring(() => data(MUNICIPALITY_FIELD, municipalities('GM0556')));
    const three = await statementsDuring(() => data(MUNICIPALITY_FIELD, municipalities('GM0556', 'GM0984', 'GM0986')));
    expect(one).toBe(1);
    expect(three).toBe(one);
    const ids = demoRows().map((row) => ({ __typename: '${n.entity}', id: row.id }));
    expect(await statementsDuring(() => data(ENTITY, { r: ids }))).toBe(1);
  });
});
`;
}

function e2eTest(n: SubgraphNames): string {
  return `/**
 * The ${n.name} subgraph through the gateway: its field on Municipality beside partners' fields, in one
 * query, and its cost in SQL statements however many municipalities a query asks about.
 */
import { demoRows } from '../services/${n.name}/src/seed';
import { parsePrometheusText, valueOf } from './prometheus-text';
import { startStack, type Stack } from './stack';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

describe('${n.name} through the gateway', () => {
  it('answers a municipality with its name (partners) and its ${n.field} (${n.name})', async () => {
    const res = await stack.query('{ municipality(code: "GM0556") { name ${n.field} { id name example municipality { code } } } }');
    expect(res.errors).toBeUndefined();
    const expected = demoRows().filter((row) => row.municipalityCode === 'GM0556').sort((a, b) => a.name.localeCompare(b.name));
    expect(expected.length).toBeGreaterThan(0);
    expect(res.data.municipality).toEqual({
      name: 'Maassluis',
      ${n.field}: expected.map((row) => ({ id: row.id, name: row.name, example: true, municipality: { code: 'GM0556' } })),
    });
  });

  it('costs ${n.name} one SQL statement for one municipality and for every municipality', async () => {
    // \`municipalities\` sends all of them to ${n.name} in one _entities call; its loader makes that one query.
    const run = async (query: string) => {
      let data: any;
      const { bySubgraph } = await stack.countQueries(async () => {
        const res = await stack.query(query);
        expect(res.errors).toBeUndefined();
        data = res.data;
      });
      return { data, statements: bySubgraph['${n.name}'] };
    };
    expect((await run('{ municipality(code: "GM0556") { ${n.field} { id } } }')).statements).toBe(1);
    const all = await run('{ municipalities { code ${n.field} { id } } }');
    expect(all.statements).toBe(1);
    const withRows = all.data.municipalities.filter((m: any) => m.${n.field}.length > 0).map((m: any) => m.code);
    expect(withRows.sort()).toEqual([...new Set(demoRows().map((row) => row.municipalityCode))].sort());
  });

  it("has the kit's metrics on its /metrics: its statements by kind and its pool", async () => {
    const res = await stack.query('query Metrics { municipality(code: "GM0556") { ${n.field} { id } } }');
    expect(res.errors).toBeUndefined();
    const metrics = parsePrometheusText(await (await fetch(stack.subgraphUrls['${n.name}'].replace(/graphql$/, 'metrics'))).text());
    expect(valueOf(metrics, 'kansrijk_db_statement_duration_seconds_count', { subgraph: '${n.name}', kind: 'select' })).toBeGreaterThan(0);
    expect(valueOf(metrics, 'kansrijk_subgraph_requests_total', { subgraph: '${n.name}', operation: 'Metrics' })).toBe(1);
    expect(valueOf(metrics, 'kansrijk_db_pool_connections', { subgraph: '${n.name}' })).toBeGreaterThanOrEqual(1);
  });
});
`;
}
