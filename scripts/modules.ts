import { join } from 'node:path';
import type { SubgraphModule } from '@kansrijk/kit';
import { SUBGRAPHS, moduleExport } from '@kansrijk/domain';

/**
 * Every subgraph's module, in registry order: `services/<name>/src/subgraph.ts` exports it under the
 * subgraph's name (camelCase for a kebab-case name). Loaded from the registry, so a subgraph added
 * there needs no edit here.
 */
export const MODULES: SubgraphModule[] = SUBGRAPHS.map(({ name }) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported = require(join(__dirname, '..', 'services', name, 'src', 'subgraph'))[moduleExport(name)] as SubgraphModule | undefined;
  if (!exported) throw new Error(`services/${name}/src/subgraph.ts must export \`${moduleExport(name)}\` (its defineKansrijkSubgraph(...))`);
  return exported;
});

export function moduleNamed(name: string): SubgraphModule {
  const found = MODULES.find((m) => m.name === name);
  if (!found) throw new Error(`Unknown subgraph ${name}; one of ${MODULES.map((m) => m.name).join(', ')}`);
  return found;
}
