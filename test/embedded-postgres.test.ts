/**
 * The embedded PostgreSQL under concurrent clients: PGlite is one session, so the server must keep
 * each client's extended-protocol messages together and each transaction to its own connection.
 * pglite-socket's own per-message queue failed this ("unnamed prepared statement does not exist").
 */
import { Pool } from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../scripts/embedded-postgres';

let db: EmbeddedPostgres;

beforeAll(async () => {
  db = await startEmbeddedPostgres();
});
afterAll(() => db?.stop());

it('answers 25 concurrent clients correctly, with their transactions intact', async () => {
  const pools = Array.from({ length: 5 }, () => new Pool({ connectionString: db.url, max: 5 }));
  try {
    await pools[0].query('CREATE TABLE t (x int)');
    let wrong = 0;
    await Promise.all(
      pools.flatMap((pool, p) =>
        Array.from({ length: 5 }, async (_, w) => {
          for (let i = 0; i < 60; i++) {
            const v = `${p}-${w}-${i}`;
            const r = await pool.query('SELECT $1::text AS v, $2::int AS w', [v, w]);
            if (r.rows[0].v !== v || r.rows[0].w !== w) wrong++;
            if (i % 10 === 0) {
              const client = await pool.connect();
              try {
                await client.query('BEGIN');
                await client.query('INSERT INTO t VALUES ($1)', [i]);
                if (w % 2) await client.query('ROLLBACK');
                else await client.query('COMMIT');
              } finally {
                client.release();
              }
            }
          }
        }),
      ),
    );
    expect(wrong).toBe(0);
    // 5 pools × 3 committing workers × 6 transactions; the rolled-back ones left nothing.
    expect((await pools[0].query('SELECT count(*)::int AS n FROM t')).rows[0].n).toBe(90);
  } finally {
    await Promise.all(pools.map((p) => p.end()));
  }
}, 120_000);
