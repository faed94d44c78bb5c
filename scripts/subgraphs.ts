import { join } from 'node:path';

/** The four subgraphs, their default ports and where their SDL lives. Adding a domain starts here. */
export const SUBGRAPHS = [
  { name: 'partners', port: 4001 },
  { name: 'children', port: 4002 },
  { name: 'budgets', port: 4003 },
  { name: 'interventions', port: 4004 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export const ROOT = join(__dirname, '..');

export function schemaFile(name: string): string {
  return join(ROOT, 'services', name, 'schema.graphql');
}

export const SUPERGRAPH_FILE = join(ROOT, 'schemas', 'supergraph.graphql');
