/** The budgets subgraph's process: `node --import tsx services/budgets/src/index.ts` (npm start and the image run this). */
import { exitAfterFailedStart, runSubgraph } from '@kansrijk/kit';
import { subgraphUrlsFromEnv } from '@kansrijk/domain';
import { budgets } from './subgraph';

runSubgraph(budgets, subgraphUrlsFromEnv).catch(exitAfterFailedStart);
