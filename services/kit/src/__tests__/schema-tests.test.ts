/**
 * The schema helpers against a real PostgreSQL: each must see the difference it exists to find (a
 * column the migrations lack, a changed row, a resolver the SDL has no field for).
 */
import { parse } from 'graphql';
import { DataSource, EntitySchema } from 'typeorm';
import type { SubgraphModule } from '../module';
import { pendingSchemaChanges, resolversWithoutSchema, tableDigests } from '../schema-tests';
import { testDatabaseUrl } from '../testing';

const SCHEMA = 'kit_schema_test';

const Thing = new EntitySchema<{ id: number; label: string; note: string | null }>({
  name: 'SchemaThing',
  schema: SCHEMA,
  tableName: 'thing',
  columns: { id: { type: 'int', primary: true }, label: { type: 'text' }, note: { type: 'text', nullable: true } },
});

let db: DataSource;

beforeAll(async () => {
  db = new DataSource({ type: 'postgres', url: testDatabaseUrl(), schema: SCHEMA, entities: [Thing] });
  await db.initialize();
  await db.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await db.query(`CREATE SCHEMA ${SCHEMA}`);
  // As a migration that forgot the `note` column would leave it.
  await db.query(`CREATE TABLE ${SCHEMA}.thing (id int NOT NULL, label text NOT NULL, CONSTRAINT "PK_thing" PRIMARY KEY (id))`);
});

afterAll(async () => {
  await db.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await db.destroy();
});

describe('pendingSchemaChanges', () => {
  it('names the column the tables lack, and nothing once they match', async () => {
    const pending = await pendingSchemaChanges(db);
    expect(pending.join('\n')).toMatch(/ADD "note" text/);
    for (const sql of pending) await db.query(sql);
    expect(await pendingSchemaChanges(db)).toEqual([]);
  });
});

describe('tableDigests', () => {
  it('is empty for an empty table, equal for equal rows in any insertion order, different after a change to a column not left out', async () => {
    await db.query(`DELETE FROM ${SCHEMA}.thing`);
    expect(await tableDigests(db)).toEqual({ thing: { rows: 0, digest: null } });

    await db.query(`INSERT INTO ${SCHEMA}.thing (id, label) VALUES (2, 'b'), (1, 'a')`);
    const first = await tableDigests(db);
    expect(first.thing.rows).toBe(2);
    await db.query(`DELETE FROM ${SCHEMA}.thing`);
    await db.query(`INSERT INTO ${SCHEMA}.thing (id, label) VALUES (1, 'a'), (2, 'b')`);
    expect(await tableDigests(db)).toEqual(first);

    const withoutNote = await tableDigests(db, { thing: ['note'] });
    await db.query(`UPDATE ${SCHEMA}.thing SET note = 'x' WHERE id = 2`);
    expect((await tableDigests(db)).thing).toEqual({ rows: 2, digest: expect.not.stringMatching(first.thing.digest!) });
    // Unless the changed column is left out.
    expect(await tableDigests(db, { thing: ['note'] })).toEqual(withoutNote);
  });
});

describe('resolversWithoutSchema', () => {
  const moduleWith = (resolvers: Record<string, unknown>) =>
    ({
      definition: {
        typeDefs: parse(`type Query { thing: Thing } type Thing { id: ID! label: String } enum Colour { RED } input Filter { id: ID }`),
        resolvers,
      },
    }) as unknown as SubgraphModule;

  it('accepts resolvers of fields, references and enum values the SDL has', () => {
    expect(resolversWithoutSchema(moduleWith({ Query: { thing: () => null }, Thing: { __resolveReference: () => null, label: () => '' }, Colour: { RED: 'red' } }))).toEqual([]);
  });

  it('names a resolver of a field, a type or an enum value the SDL lacks', () => {
    expect(
      resolversWithoutSchema(moduleWith({ Query: { things: () => [] }, Thing: { name: () => '' }, Gone: { x: () => 1 }, Colour: { BLUE: 'blue' }, Filter: {} })),
    ).toEqual(['Query.things', 'Thing.name', 'Gone', 'Colour.BLUE', 'Filter']);
  });
});
