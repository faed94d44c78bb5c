import { join } from 'node:path';
// The kit's references module only, not its index: compose and schema tests need no database or server code.
import { SUBGRAPH_PORTS, type SubgraphName } from '@kansrijk/kit/src/references';

/**
 * The four subgraphs, their default ports and where their SDL lives. Adding a domain starts here, with
 * its port in the kit's SUBGRAPH_PORTS (the subgraphs use those defaults to find each other too).
 */
export const SUBGRAPHS: readonly { name: SubgraphName; port: number }[] = (Object.keys(SUBGRAPH_PORTS) as SubgraphName[]).map((name) => ({
  name,
  port: SUBGRAPH_PORTS[name],
}));

export type { SubgraphName };

export const ROOT = join(__dirname, '..');

export function schemaFile(name: string): string {
  return join(ROOT, 'services', name, 'schema.graphql');
}

export const SUPERGRAPH_FILE = join(ROOT, 'schemas', 'supergraph.graphql');
