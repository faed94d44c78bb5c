import type { SubgraphModule } from '@kansrijk/kit';
import { budgets } from '../services/budgets/src/module';
import { children } from '../services/children/src/module';
import { interventions } from '../services/interventions/src/module';
import { partners } from '../services/partners/src/module';

/** The four subgraph modules, in the order of scripts/subgraphs.ts. */
export const MODULES: SubgraphModule[] = [partners, children, budgets, interventions] as SubgraphModule[];

export function moduleNamed(name: string): SubgraphModule {
  const found = MODULES.find((m) => m.name === name);
  if (!found) throw new Error(`Unknown subgraph ${name}; one of ${MODULES.map((m) => m.name).join(', ')}`);
  return found;
}
