import { join } from 'node:path';
// The registry only, not the domain's index: compose and schema tests need no database or server code.
import { SUBGRAPHS, GATEWAY_PORT, type SubgraphEntry } from '@kansrijk/domain/src/registry';

/** The subgraphs (services/domain/registry.json), their default ports and where their SDL lives. */
export { SUBGRAPHS, GATEWAY_PORT, type SubgraphEntry };

export const ROOT = join(__dirname, '..');

export function schemaFile(name: string): string {
  return join(ROOT, 'services', name, 'schema.graphql');
}

export const SUPERGRAPH_FILE = join(ROOT, 'schemas', 'supergraph.graphql');
