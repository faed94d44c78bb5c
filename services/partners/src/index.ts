import { runSubgraph } from '@kansrijk/kit';
import { partners } from './module';

runSubgraph(partners).catch((error) => {
  console.error(error);
  process.exit(1);
});
