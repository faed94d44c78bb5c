/**
 * Jest setup after the framework, in every test file: on a PostgreSQL server, a copy of the seeded
 * template database for this file alone (see test/databases.ts). Its hook runs before the file's own.
 * The copies are dropped by the global teardown: an afterAll here would run before the file's own
 * (jest runs them in the order declared) and pull the database from under a stack still closing.
 */
import { randomBytes } from 'node:crypto';
import { FILE_DATABASE_VARIABLE, TEMPLATE_VARIABLE, copyTemplate } from './databases';

const template = process.env[TEMPLATE_VARIABLE];
const server = process.env.TEST_DATABASE_URL;

if (template && server) {
  const name = `${template}_f${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  beforeAll(async () => {
    process.env[FILE_DATABASE_VARIABLE] = await copyTemplate(server, template, name);
  });
}
