/**
 * The write pipeline against a real PostgreSQL: the steps run in their order, a refusal at any step
 * writes nothing (the audit entry included), references are asked before the transaction, and the
 * answer reads through fresh loaders.
 */
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { badUserInput, forbidden } from '../errors';
import { createLogger } from '../log';
import type { Reference, ReferenceChecker } from '../references';
import { testDatabaseUrl } from '../testing';
import { mutationsFor, type WritingContext } from '../write';

const SCHEMA = 'kit_write_test';
let db: DataSource;

beforeAll(async () => {
  db = new DataSource({ type: 'postgres', url: testDatabaseUrl(), poolSize: 2 });
  await db.initialize();
  await db.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await db.query(`CREATE SCHEMA ${SCHEMA}`);
  await db.query(`CREATE TABLE ${SCHEMA}.note (id text PRIMARY KEY, text text NOT NULL)`);
  await db.query(`CREATE TABLE ${SCHEMA}.audit (note_id text NOT NULL, actor text NOT NULL)`);
});
afterAll(async () => {
  await db.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await db.destroy();
});
beforeEach(async () => {
  await db.query(`TRUNCATE ${SCHEMA}.note, ${SCHEMA}.audit`);
});

type Loaders = { note: DataLoader<string, string | null> };
interface Ctx extends WritingContext<Loaders> {
  actor: string;
  steps: string[];
}

function loaders(): Loaders {
  return {
    note: new DataLoader(async (ids) => {
      const rows: { id: string; text: string }[] = await db.query(`SELECT id, text FROM ${SCHEMA}.note WHERE id = ANY($1)`, [[...ids]]);
      return ids.map((id) => rows.find((r) => r.id === id)?.text ?? null);
    }),
  };
}

/**
 * A reference checker that records when it was asked and knows only the key `known`; like the kit's,
 * a prefetch is best effort and an owner that failed it is not asked again in the request.
 */
function checker(steps: string[], { down = false } = {}): ReferenceChecker {
  let failed = false;
  const missing = async (refs: readonly Reference[]) => {
    if (failed) throw new GraphQLError('owner down', { extensions: { code: 'SERVICE_UNAVAILABLE' } });
    steps.push('references');
    if (down) {
      failed = true;
      throw new GraphQLError('owner down', { extensions: { code: 'SERVICE_UNAVAILABLE' } });
    }
    return refs.filter((r) => r.value !== 'known');
  };
  return {
    missing,
    async assertExist(refs) {
      const [first] = await missing(refs);
      if (first) throw badUserInput(first.field, 'unknown');
    },
    async prefetch(refs) {
      await missing(refs).catch(() => undefined);
    },
  };
}

function context(actor = 'writer', options: { down?: boolean } = {}): Ctx {
  const steps: string[] = [];
  return { actor, steps, dataSource: db, references: checker(steps, options), loaders: loaders(), newLoaders: loaders, log: createLogger('test') };
}

const mutation = mutationsFor<Ctx>();

const addNote = mutation({
  allow(ctx) {
    ctx.steps.push('allow');
    if (ctx.actor === 'reader') throw forbidden('Only writers may add notes');
  },
  references: ({ input }: { input: { id: string; text: string; owner: string } }, ctx) => {
    ctx.steps.push('collect');
    return [{ owner: 'other', typename: 'Owner', key: 'id', value: input.owner, field: 'input.owner' }];
  },
  async run(tx, { input }, ctx) {
    ctx.steps.push('run');
    if (!input.text.trim()) throw badUserInput('input.text', 'must not be empty');
    await tx.query(`INSERT INTO ${SCHEMA}.note (id, text) VALUES ($1, $2)`, [input.id, input.text]);
    await ctx.references.assertExist([{ owner: 'other', typename: 'Owner', key: 'id', value: input.owner, field: 'input.owner' }]);
    return input.id;
  },
  async audit(tx, id, _args, ctx) {
    ctx.steps.push('audit');
    await tx.query(`INSERT INTO ${SCHEMA}.audit (note_id, actor) VALUES ($1, $2)`, [id, ctx.actor]);
  },
  committed: (_id, ctx) => void ctx.steps.push('committed'),
  answer: (id, ctx) => ctx.loaders.note.load(id),
});

const count = async (table: string) => Number((await db.query(`SELECT count(*)::int AS n FROM ${SCHEMA}.${table}`))[0].n);
const input = (over: Partial<{ id: string; text: string; owner: string }> = {}) => ({ input: { id: 'n1', text: 'hello', owner: 'known', ...over } });

it('runs the steps in order and answers through fresh loaders', async () => {
  const ctx = context();
  // The loader has cached "no such note" before the write: the answer must not be that.
  expect(await ctx.loaders.note.load('n1')).toBeNull();
  const answer = await addNote(null, input(), ctx);
  expect(answer).toBe('hello');
  expect(ctx.steps).toEqual(['allow', 'collect', 'references', 'run', 'references', 'audit', 'committed']);
  expect(await count('audit')).toBe(1);
});

it('refuses a role before looking at the input or asking anyone', async () => {
  const ctx = context('reader');
  await expect(addNote(null, input({ text: '' }), ctx)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  expect(ctx.steps).toEqual(['allow']);
});

it('writes nothing, audit included, when a check in the transaction fails after a write', async () => {
  const ctx = context();
  await expect(addNote(null, input({ owner: 'stranger' }), ctx)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.owner' } });
  expect(await count('note')).toBe(0);
  expect(await count('audit')).toBe(0);
  expect(ctx.steps).not.toContain('committed');
});

it('asks an owner that cannot answer only before the transaction, and writes nothing', async () => {
  const ctx = context('writer', { down: true });
  await expect(addNote(null, input(), ctx)).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
  expect(ctx.steps).toEqual(['allow', 'collect', 'references', 'run']);
  expect(await count('note')).toBe(0);
});

it('answers with the result of run when no answer step is given', async () => {
  const plain = mutation({ allow: () => undefined, run: async (tx, { n }: { n: number }) => (await tx.query('SELECT $1::int * 2 AS v', [n]))[0].v as number });
  expect(await plain(null, { n: 21 }, context())).toBe(42);
});
