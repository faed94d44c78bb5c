import { runSubgraph } from '@kansrijk/kit';
import { interventions } from './module';

runSubgraph(interventions).catch((error) => {
  console.error(error);
  process.exit(1);
});
