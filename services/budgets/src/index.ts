import { runSubgraph } from '@kansrijk/kit';
import { budgets } from './module';

runSubgraph(budgets).catch((error) => {
  console.error(error);
  process.exit(1);
});
