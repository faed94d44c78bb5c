/** `npm run migrate`: runs the pending migrations of every subgraph on DATABASE_URL. */
import { exitAfterFailedStart, loadConfig, setting, migrate } from '@kansrijk/kit';
import { MODULES } from './modules';

async function main() {
  const url = loadConfig('migrate', { DATABASE_URL: setting.url(['postgres:', 'postgresql:']) }).DATABASE_URL;
  for (const module of MODULES) {
    const dataSource = module.createDataSource(url);
    await dataSource.initialize();
    try {
      const ran = await migrate(dataSource);
      console.log(`${module.name}: ${ran.length ? ran.join(', ') : 'up to date'}`);
    } finally {
      await dataSource.destroy();
    }
  }
}

main().catch(exitAfterFailedStart);
