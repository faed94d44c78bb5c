import { startTestSubgraph, type TestSubgraph } from '@kansrijk/kit/src/testing';
import { partners } from '../subgraph';
import { batchingSuite } from './batching.suite';
import { demoSuite } from './demo.suite';
import { entitiesSuite } from './entities.suite';
import { organisationsSuite } from './organisations.suite';
import { queriesSuite } from './queries.suite';
import { registersSuite } from './registers.suite';
import { schemaSuite } from './schema.suite';

/*
 * One entry file for the whole subgraph: every suite works on the same `partners` schema, which
 * startTestSubgraph drops and recreates, so suites in separate files would clobber each other when
 * jest runs files in parallel workers.
 */
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(partners);
});
afterAll(() => subgraph?.close());

const current = () => subgraph;

describe('partners subgraph', () => {
  describe('schema and seed', () => schemaSuite(current));
  describe('queries', () => queriesSuite(current));
  describe('_entities', () => entitiesSuite(current));
  describe('organisations connection', () => organisationsSuite(current));
  describe('demo data', () => demoSuite(current));
  describe('batching', () => batchingSuite(current));
  // Last: it adds organisations (and removes them again), which the counts above must not see.
  describe('register imports', () => registersSuite(current));

  it('refuses a request without the gateway signature', async () => {
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ municipalities { code } }' }),
    });
    expect(response.status).toBe(401);
  });
});
