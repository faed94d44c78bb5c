/**
 * Writes services/domain/registry.json and the root package.json's workspaces the way they are laid
 * out by hand (one subgraph a line), so adding a subgraph is a one-line diff in each.
 */
import type { SubgraphEntry } from '@kansrijk/domain/src/registry';

export interface RegistryFile {
  $comment: string;
  gateway: { port: number };
  subgraphs: SubgraphEntry[];
}

export function formatRegistry(registry: RegistryFile): string {
  const line = (s: SubgraphEntry) => `    ${JSON.stringify(s).replace(/^\{/, '{ ').replace(/\}$/, ' }').replace(/":/g, '": ').replace(/,"/g, ', "')}`;
  return `{
  "$comment": ${JSON.stringify(registry.$comment)},
  "gateway": { "port": ${registry.gateway.port} },
  "subgraphs": [
${registry.subgraphs.map(line).join(',\n')}
  ]
}
`;
}

/** The next port after every port the registry uses (the gateway's too). */
export function nextPort(registry: RegistryFile): number {
  return Math.max(registry.gateway.port, ...registry.subgraphs.map((s) => s.port)) + 1;
}

/** The workspaces with `services/<name>` after the last `services/...` entry (so before the gateway). */
export function withWorkspace(workspaces: string[], dir: string): string[] {
  if (workspaces.includes(dir)) return workspaces;
  const last = workspaces.reduce((at, w, i) => (w.startsWith('services/') ? i : at), -1);
  return [...workspaces.slice(0, last + 1), dir, ...workspaces.slice(last + 1)];
}
