import { runSubgraph } from '@kansrijk/kit';
import { children } from './module';

runSubgraph(children).catch((error) => {
  console.error(error);
  process.exit(1);
});
