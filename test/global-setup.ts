/**
 * Jest global setup: the tests use a real PostgreSQL. With TEST_DATABASE_URL set (CI: the machine's
 * server) they use it; otherwise an embedded PGlite is started here in its own process, and its URL
 * is handed to the test workers through the environment.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../scripts/embedded-postgres';

export const PID_FILE = join(tmpdir(), `kansrijk-test-pglite-${process.pid}.pid`);

export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = 'test';
  if (process.env.TEST_DATABASE_URL) return;
  const db = await startEmbeddedPostgres();
  db.process.unref();
  writeFileSync(PID_FILE, String(db.process.pid));
  process.env.TEST_DATABASE_URL = db.url;
  process.env.KANSRIJK_TEST_PGLITE_PID_FILE = PID_FILE;
  // eslint-disable-next-line no-console
  console.log(`\nTests use an embedded PGlite at ${db.url} (set TEST_DATABASE_URL to use a PostgreSQL server).`);
}
