import { existsSync, readFileSync, rmSync } from 'node:fs';

/** Stops the embedded PGlite that global-setup started, if it started one. */
export default async function globalTeardown(): Promise<void> {
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
