import { existsSync, readFileSync, rmSync } from 'node:fs';
import { TEMPLATE_VARIABLE, dropFileDatabases } from './databases';

/** Drops the test files' copies of the template database, or stops the embedded PGlite global setup started. */
export default async function globalTeardown(): Promise<void> {
  const template = process.env[TEMPLATE_VARIABLE];
  if (template && process.env.TEST_DATABASE_URL) await dropFileDatabases(process.env.TEST_DATABASE_URL, template);
  const file = process.env.KANSRIJK_TEST_PGLITE_PID_FILE;
  if (!file || !existsSync(file)) return;
  const pid = Number(readFileSync(file, 'utf8'));
  rmSync(file, { force: true });
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // already gone
  }
}
