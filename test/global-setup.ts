/**
 * Jest global setup: the tests use a real PostgreSQL.
 *
 * - TEST_DATABASE_URL set (CI: the machine's server): that database is migrated and seeded once (the VVE
 *   figures published with it) and becomes the template every test file's own database is copied
 *   from (CREATE DATABASE ... TEMPLATE, see test/file-database.ts): the demo data is loaded once
 *   instead of once per file, and files run in parallel without seeing each other's writes.
 * - Otherwise an embedded PGlite is started here in its own process, and the tests run in band on it.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '@kansrijk/kit';
import { ensureDashboardBuilt } from '../scripts/build-dashboard';
import { startEmbeddedPostgres } from '../scripts/embedded-postgres';
import { MODULES } from '../scripts/modules';
import { TEMPLATE_VARIABLE, dropFileDatabases } from './databases';

export const PID_FILE = join(tmpdir(), `kansrijk-test-pglite-${process.pid}.pid`);

export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = 'test';
  // The browser tests (test/dashboard.browser.test.ts) load the built dashboard from the gateway.
  ensureDashboardBuilt();
  const url = process.env.TEST_DATABASE_URL;
  if (url) return prepareTemplate(url);
  const db = await startEmbeddedPostgres();
  db.process.unref();
  writeFileSync(PID_FILE, String(db.process.pid));
  process.env.TEST_DATABASE_URL = db.url;
  process.env.KANSRIJK_TEST_PGLITE_PID_FILE = PID_FILE;
   
  console.log(`\nTests use an embedded PGlite at ${db.url} (set TEST_DATABASE_URL to use a PostgreSQL server).`);
}

async function prepareTemplate(url: string): Promise<void> {
  const started = Date.now();
  for (const module of MODULES) {
    const dataSource = module.createDataSource(url);
    await dataSource.initialize();
    try {
      await migrate(dataSource);
      if (!(await module.hasData(dataSource))) await module.seed(dataSource);
    } finally {
      await dataSource.destroy();
    }
  }
  const template = new URL(url).pathname.slice(1);
  await dropFileDatabases(url, template);
  process.env[TEMPLATE_VARIABLE] = template;
  console.log(`\nEvery test file gets its own copy of ${template} (migrated, demo data, figures published in ${((Date.now() - started) / 1000).toFixed(1)} s); they run in parallel.`);
}
