/** `npm run seed`: loads the demo data into every subgraph on DATABASE_URL. Idempotent. */
import { exitAfterFailedStart, loadConfig, setting, migrate } from '@kansrijk/kit';
import { MODULES } from './modules';

async function main() {
  const url = loadConfig('seed', { DATABASE_URL: setting.url(['postgres:', 'postgresql:']) }).DATABASE_URL;
  for (const module of MODULES) {
    const dataSource = module.createDataSource(url);
    await dataSource.initialize();
    try {
      await migrate(dataSource);
      const started = Date.now();
      await module.seed(dataSource);
      console.log(`${module.name}: demo data loaded in ${Date.now() - started} ms`);
    } finally {
      await dataSource.destroy();
    }
  }
}

main().catch(exitAfterFailedStart);
