import type { SubgraphContext } from '@kansrijk/kit';
import type { Loaders } from './loaders';

export type Context = SubgraphContext<Loaders>;
