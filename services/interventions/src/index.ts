/** The interventions subgraph's process: `node --import tsx services/interventions/src/index.ts` (npm start and the image run this). */
// First: starts tracing when OTEL_* ask for it, before anything loads `pg` (docs/operations.md, "Traces").
import '@kansrijk/kit/src/tracing';
import { exitAfterFailedStart, runSubgraph } from '@kansrijk/kit';
import { subgraphUrlsFromEnv } from '@kansrijk/domain';
import { interventions } from './subgraph';

runSubgraph(interventions, subgraphUrlsFromEnv).catch(exitAfterFailedStart);
