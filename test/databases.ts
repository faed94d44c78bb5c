/**
 * The test databases (see test/global-setup.ts). On a PostgreSQL server every test file gets its own
 * copy of the seeded template database, made before its first hook and dropped after its last, so a
 * file starts from the demo data as published and never sees another file's writes; the files run in
 * parallel. On the embedded PGlite (one database, one transaction at a time) they share it, in band.
 */
import { Client } from 'pg';

/** Set by global setup when the tests run on a server: the database every test file's copy is made from. */
export const TEMPLATE_VARIABLE = 'KANSRIJK_TEST_TEMPLATE';
/** The copy of the current test file (set in its process by test/file-database.ts). */
export const FILE_DATABASE_VARIABLE = 'KANSRIJK_TEST_FILE_DATABASE_URL';

export function onServer(): boolean {
  return Boolean(process.env[TEMPLATE_VARIABLE]);
}

/** Runs one statement on the server's maintenance database (CREATE / DROP DATABASE cannot run inside the one copied). */
export async function onMaintenanceDatabase(url: string, sql: string): Promise<void> {
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Copies the template into a new database and returns its URL. */
export async function copyTemplate(url: string, template: string, name: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      await onMaintenanceDatabase(url, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      break;
    } catch (error) {
      // Another session on the template (a copy starting at the same moment): wait and try again.
      if (attempt >= 20 || !/being accessed by other users/.test((error as Error).message)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
  const copy = new URL(url);
  copy.pathname = `/${name}`;
  return copy.toString();
}

/** Drops every test file's copy of `template` (at the end of a run, and any an interrupted run left). */
export async function dropFileDatabases(url: string, template: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  let names: string[];
  try {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [`${template}_f`]);
    names = rows.map((r) => r.datname);
  } finally {
    await client.end();
  }
  for (const name of names) await onMaintenanceDatabase(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  return names.length;
}
