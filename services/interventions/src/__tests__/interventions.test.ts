import { startTestSubgraph, type TestSubgraph } from '@kansrijk/kit/src/testing';
import { partners } from '../../../partners/src/subgraph';
import { interventions } from '../subgraph';
import { catalogueTests } from './catalogue.suite';
import { contractDataTests } from './contract-data.suite';
import { entitiesTests } from './entities.suite';
import { publicationTests } from './publications.suite';
import { resolverTests } from './resolvers.suite';
import { schemaTests } from './schema.suite';
import { writesTests } from './writes.suite';

// One subgraph for all suites: they share its schema, so they must not run in parallel files.
let subgraph: TestSubgraph;
const sg = () => subgraph;
// Writes ask partners whether organisations and municipalities exist: a real partners subgraph answers.
let partnersSubgraph: TestSubgraph;
const peers: Record<string, string> = {};

beforeAll(async () => {
  partnersSubgraph = await startTestSubgraph(partners);
  peers.partners = partnersSubgraph.url;
  subgraph = await startTestSubgraph(interventions, { subgraphUrls: peers });
});
afterAll(async () => {
  await subgraph?.close();
  await partnersSubgraph?.close();
});

describe('interventions subgraph', () => {
  it('refuses a request without the gateway signature', async () => {
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ themes { code } }' }),
    });
    expect(response.status).toBe(401);
  });

  schemaTests(sg);
  entitiesTests(sg);
  resolverTests(sg);
  catalogueTests(sg);
  contractDataTests(sg);
  publicationTests(sg);
  writesTests(sg, () => partnersSubgraph, peers);
});
