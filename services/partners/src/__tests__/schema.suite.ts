import { describeSubgraphSchema } from '@kansrijk/kit/src/schema-tests';
import { CoalitionMember } from '../entities';
import { partners } from '../subgraph';
import type { Subgraph } from './helpers';

/**
 * Tables the demo leaves empty: no source gives an address or a CBS wijkcode for a demo organisation,
 * and Kansrijk does not make them up. The register imports and the mutations fill them.
 */
const EMPTY_IN_DEMO = ['buurt', 'organisation_location', 'neighbourhood'];

export function schemaSuite(subgraph: Subgraph) {
  describeSubgraphSchema(partners, { subgraph, emptyInDemo: EMPTY_IN_DEMO });

  it('holds the coalition members as the sources describe them', async () => {
    const sample = await subgraph().dataSource.getRepository(CoalitionMember).findOneBy({ organisationId: 'kinderopvang-t-nest' });
    expect(sample).toMatchObject({ coalitionId: 'venray-brukske', position: 4, staffDeployed: expect.stringContaining('clustermanager') });
  });
}
