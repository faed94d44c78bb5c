import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGateway } from '../server';

const SUPERGRAPH = readFileSync(join(__dirname, '..', '..', '..', 'schemas', 'supergraph.graphql'), 'utf8');

describe("Apollo's usage telemetry", () => {
  it('is switched off before the gateway is built, whatever the environment said', async () => {
    // @apollo/gateway reads this in its constructor; unset or 'false' it sends usage to apollographql.com.
    process.env.APOLLO_TELEMETRY_DISABLED = 'false';
    const gateway = createGateway({ supergraphSdl: SUPERGRAPH, jwtSecret: 'telemetry-test-secret', subgraphSecret: 'subgraph-secret', dashboard: false, explorer: false });
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('true');
    await gateway.apollo.start();
    await gateway.apollo.stop();
  });
});
