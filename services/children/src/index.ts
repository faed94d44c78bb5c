/** The children subgraph's process: `node --import tsx services/children/src/index.ts` (npm start and the image run this). */
import { exitAfterFailedStart, runSubgraph } from '@kansrijk/kit';
import { subgraphUrlsFromEnv } from '@kansrijk/domain';
import { children } from './subgraph';

runSubgraph(children, subgraphUrlsFromEnv).catch(exitAfterFailedStart);
