/**
 * A Kansrijk subgraph: the kit's `defineSubgraph` with what the domain already knows filled in, so a
 * subgraph declares only what is its own. Its port comes from the registry, its SDL is
 * `services/<name>/schema.graphql`, and its viewer is the domain's `Viewer`.
 */
import { join } from 'node:path';
import { defineSubgraph, type SubgraphContext, type SubgraphModule, type SubgraphSpec } from '@kansrijk/kit';
import { viewerOf, type Viewer } from './access';
import { subgraphEntry } from './registry';

/** services/, beside this package. */
const SERVICES = join(__dirname, '..', '..');

export function defineKansrijkSubgraph<L>(spec: Omit<SubgraphSpec<L, Viewer>, 'port' | 'schema' | 'viewer'>): SubgraphModule<L, Viewer> {
  return defineSubgraph({ ...spec, port: subgraphEntry(spec.name).port, schema: join(SERVICES, spec.name, 'schema.graphql'), viewer: viewerOf });
}

/** What every resolver of a Kansrijk subgraph gets. */
export type KansrijkContext<L> = SubgraphContext<L, Viewer>;
