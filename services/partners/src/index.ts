/** The partners subgraph's process: `node --import tsx services/partners/src/index.ts` (npm start and the image run this). */
import { exitAfterFailedStart, runSubgraph } from '@kansrijk/kit';
import { subgraphUrlsFromEnv } from '@kansrijk/domain';
import { partners } from './subgraph';

runSubgraph(partners, subgraphUrlsFromEnv).catch(exitAfterFailedStart);
