/**
 * writeTransaction against a real PostgreSQL: two writers that both read a row and then change it
 * must not lose either change. A barrier makes them read before either writes, which is the
 * interleaving that loses an update under READ COMMITTED; the control test shows it does.
 */
import { DataSource, type EntityManager } from 'typeorm';
import { testDatabaseUrl } from '../testing';
import { isRetryableConflict, writeTransaction } from '../transaction';

const SCHEMA = 'kit_transaction_test';
let db: DataSource;
// The embedded PGlite (started by the jest global setup) runs one transaction at a time, so there the
// writers cannot interleave at all: the control is skipped (and reported as skipped); CI runs it on the
// machine's PostgreSQL.
const embedded = Boolean(process.env.KANSRIJK_TEST_PGLITE_PID_FILE);
const onServer = embedded ? it.skip : it;

beforeAll(async () => {
  db = new DataSource({ type: 'postgres', url: testDatabaseUrl(), poolSize: 4 });
  await db.initialize();
  await db.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await db.query(`CREATE SCHEMA ${SCHEMA}`);
  await db.query(`CREATE TABLE ${SCHEMA}.counter (id int PRIMARY KEY, value int NOT NULL, note text)`);
});

afterAll(async () => {
  await db.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
  await db.destroy();
});

beforeEach(async () => {
  await db.query(`DELETE FROM ${SCHEMA}.counter`);
  await db.query(`INSERT INTO ${SCHEMA}.counter (id, value) VALUES (1, 0)`);
});

/** Resolves when `n` parties have arrived, or after `ms` (the embedded database lets only one in). */
function barrier(n: number, ms = 1500) {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return () => {
    arrived += 1;
    if (arrived >= n) open();
    return Promise.race([opened, new Promise<void>((resolve) => setTimeout(resolve, ms).unref())]);
  };
}

/** Read, wait until the other writer has read too (first attempt only), then write value + 1. */
function incrementer(wait: () => Promise<void>) {
  let attempts = 0;
  const work = async (tx: EntityManager) => {
    attempts += 1;
    const [{ value }] = await tx.query(`SELECT value FROM ${SCHEMA}.counter WHERE id = 1`);
    if (attempts === 1) await wait();
    await tx.query(`UPDATE ${SCHEMA}.counter SET value = $1 WHERE id = 1`, [value + 1]);
  };
  return { work, attempts: () => attempts };
}

async function counter(): Promise<number> {
  return (await db.query(`SELECT value FROM ${SCHEMA}.counter WHERE id = 1`))[0].value;
}

onServer('loses an update under a plain READ COMMITTED transaction (the control: the race is real)', async () => {
  const wait = barrier(2);
  const a = incrementer(wait);
  const b = incrementer(wait);
  await Promise.all([db.transaction(a.work), db.transaction(b.work)]);
  expect(await counter()).toBe(1);
});

it('keeps both updates: the losing writer is run again and sees the winner', async () => {
  const wait = barrier(2);
  const a = incrementer(wait);
  const b = incrementer(wait);
  await Promise.all([writeTransaction(db, a.work), writeTransaction(db, b.work)]);
  expect(await counter()).toBe(2);
  // On a PostgreSQL server one of them lost the conflict and ran twice; PGlite ran them one after the other.
  expect(a.attempts() + b.attempts()).toBe(embedded ? 2 : 3);
});

it('keeps every one of many concurrent increments', async () => {
  const writers = Array.from({ length: 12 }, () => incrementer(async () => undefined));
  await Promise.all(writers.map((w) => writeTransaction(db, w.work, { attempts: 50 })));
  expect(await counter()).toBe(12);
});

it('gives up with CONFLICT after its attempts, and writes nothing of a failed attempt', async () => {
  let calls = 0;
  const failing = async (tx: EntityManager) => {
    calls += 1;
    await tx.query(`UPDATE ${SCHEMA}.counter SET note = 'partial' WHERE id = 1`);
    throw Object.assign(new Error('could not serialize access'), { code: '40001' });
  };
  await expect(writeTransaction(db, failing, { attempts: 3 })).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
  expect(calls).toBe(3);
  expect((await db.query(`SELECT note FROM ${SCHEMA}.counter WHERE id = 1`))[0].note).toBeNull();
});

it('passes any other error through at once, without retrying', async () => {
  let calls = 0;
  await expect(
    writeTransaction(db, async () => {
      calls += 1;
      throw new Error('not a conflict');
    }),
  ).rejects.toThrow('not a conflict');
  expect(calls).toBe(1);
  expect(isRetryableConflict({ driverError: { code: '40P01' } })).toBe(true);
  expect(isRetryableConflict({ code: '23505' })).toBe(false);
});
