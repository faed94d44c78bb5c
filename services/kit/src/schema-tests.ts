/**
 * The checks every subgraph's schema gets, by one call in its tests: `describeSubgraphSchema(module)`.
 * On a real database, like the rest of the tests (jest globals: import it only from test files).
 */
import { buildSubgraphSchema } from '@apollo/subgraph';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { SubgraphModule } from './module';
import { startTestSubgraph, type TestSubgraph } from './testing';

/** The SQL TypeORM would run to make the migrated schema match the entities: none when they agree. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}

export interface TableDigest {
  rows: number;
  /** md5 of every row in primary-key order; null for an empty table. */
  digest: string | null;
}

/** Per table, the columns left out of its digest. */
export type IgnoredColumns = Readonly<Record<string, readonly string[]>>;

/**
 * Every table of the data source's entities: its row count and a digest of its rows (without the
 * `ignore`d columns). Equal digests mean equal tables; computed in the database, so a table of a
 * hundred thousand rows costs one statement and no memory here.
 */
export async function tableDigests(dataSource: DataSource, ignore: IgnoredColumns = {}): Promise<Record<string, TableDigest>> {
  const out: Record<string, TableDigest> = {};
  for (const meta of dataSource.entityMetadatas) {
    if (meta.tableType !== 'regular') continue;
    const order = meta.primaryColumns.map((c) => `t."${c.databaseName}"`).join(', ');
    const [row] = await dataSource.query(
      `SELECT count(*)::int AS rows, md5(string_agg((to_jsonb(t) - $1::text[])::text, ',' ORDER BY ${order})) AS digest
       FROM "${meta.schema}"."${meta.tableName}" t`,
      [ignore[meta.tableName] ?? []],
    );
    out[meta.tableName] = { rows: row.rows, digest: row.digest };
  }
  return out;
}

/**
 * Resolvers the SDL has no place for: `buildSubgraphSchema` ignores a resolver of an unknown type or
 * field, so a field renamed in the SDL would silently lose its resolver (and answer null).
 */
export function resolversWithoutSchema(module: SubgraphModule): string[] {
  const { typeDefs, resolvers } = module.definition;
  const schema: GraphQLSchema = buildSubgraphSchema({ typeDefs, resolvers });
  const missing: string[] = [];
  for (const [typeName, fields] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!type || isInputObjectType(type)) missing.push(typeName);
    else if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.keys(fields)) if (!field.startsWith('__') && !type.getFields()[field]) missing.push(`${typeName}.${field}`);
    } else if (isEnumType(type)) {
      for (const value of Object.keys(fields)) if (!type.getValue(value)) missing.push(`${typeName}.${value}`);
    } else if (!isScalarType(type)) missing.push(typeName);
  }
  return missing;
}

export interface SchemaTestOptions {
  /** The subgraph the file already runs (started in its own `beforeAll`); without it the tests start one. */
  subgraph?: () => TestSubgraph;
  /** Tables the demo data leaves empty; every other table must get rows from the seed. */
  emptyInDemo?: readonly string[];
  /** Columns a second seed changes by design (when figures were last checked), per table. */
  reseedChanges?: IgnoredColumns;
}

/**
 * The schema checks of one subgraph: its migrations produce exactly the tables its entities declare,
 * all in its own PostgreSQL schema; every resolver has its field in the SDL; and the demo seed fills
 * the tables and is idempotent (a second run changes no row). When the subgraph was started without
 * its demo data, the seed runs first.
 */
export function describeSubgraphSchema(module: SubgraphModule, { subgraph, emptyInDemo = [], reseedChanges = {} }: SchemaTestOptions = {}): void {
  describe(`${module.name}: schema, migrations and demo data`, () => {
    let own: TestSubgraph | undefined;
    if (!subgraph) {
      beforeAll(async () => {
        own = await startTestSubgraph(module);
      });
      afterAll(() => own?.close());
    }
    const db = () => (subgraph ? subgraph() : own!).dataSource;

    it('has migrations that match the entities', async () => {
      expect(await pendingSchemaChanges(db())).toEqual([]);
    });

    it(`keeps every table in the ${module.name} schema`, () => {
      const elsewhere = db()
        .entityMetadatas.filter((meta) => meta.schema !== module.name)
        .map((meta) => `${meta.name} in ${meta.schema ?? 'public'}`);
      expect(elsewhere).toEqual([]);
    });

    it('has a type and field in the SDL for every resolver', () => {
      expect(resolversWithoutSchema(module)).toEqual([]);
    });

    it('fills every table with demo data (but those it leaves empty), and a second seed changes nothing', async () => {
      if (!(await module.hasData(db()))) await module.seed(db());
      const before = await tableDigests(db(), reseedChanges);
      const empty = Object.keys(before).filter((table) => before[table].rows === 0);
      expect(empty.sort()).toEqual([...emptyInDemo].sort());
      await module.seed(db());
      expect(await tableDigests(db(), reseedChanges)).toEqual(before);
    });
  });
}
