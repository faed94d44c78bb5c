/**
 * The migrations of one subgraph as a process of its own, for Kubernetes (deploy/kubernetes):
 *
 *   node dist/services/domain/src/run-migrations.js          # the migration Job: apply them, exit
 *   node dist/services/domain/src/run-migrations.js --wait   # each pod's init container: wait until
 *                                                            # every migration of this image is applied
 *
 * (the image runs the compiled JavaScript; in a checkout `node --import tsx services/domain/src/run-migrations.ts`).
 *
 * The subgraph is the image's (`SERVICE_DIR`, e.g. services/children; the Dockerfile sets it). One Job
 * applies the migrations, so replicas starting at once never race to apply the same one (TypeORM takes
 * no lock), and a pod of a new release does not serve before its schema is there.
 */
import { basename, join } from 'node:path';
import { exitAfterFailedStart, loadConfig, migrate, setting, type SubgraphModule } from '@kansrijk/kit';
import { moduleExport, subgraphEntry } from './registry';

const settings = {
  SERVICE_DIR: setting.text(),
  DATABASE_URL: setting.url(['postgres:', 'postgresql:']),
  /** How long `--wait` waits for the migration Job before it gives up (the pod then starts it again). */
  MIGRATION_WAIT_SECONDS: setting.integer(600, { min: 1 }),
};

function moduleOf(serviceDir: string): SubgraphModule {
  const name = subgraphEntry(basename(serviceDir)).name;
  // Beside this file's own package, so the compiled copy (dist/services/...) finds the compiled subgraph.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported = require(join(__dirname, '..', '..', name, 'src', 'subgraph'))[moduleExport(name)] as SubgraphModule | undefined;
  if (!exported) throw new Error(`${serviceDir}/src/subgraph.ts does not export ${moduleExport(name)}`);
  return exported;
}

/** The migrations this image has that the database has not recorded yet (all of them while the schema is missing). */
async function pending(module: SubgraphModule, databaseUrl: string): Promise<string[]> {
  const dataSource = module.createDataSource(databaseUrl);
  await dataSource.initialize();
  try {
    const wanted = dataSource.migrations.map((m) => m.name ?? m.constructor.name);
    const applied = await dataSource
      .query(`SELECT name FROM "${module.name}"."migrations"`)
      .then((rows: { name: string }[]) => new Set(rows.map((r) => r.name)))
      // No migrations table yet: the Job has not got that far.
      .catch(() => new Set<string>());
    return wanted.filter((name) => !applied.has(name));
  } finally {
    await dataSource.destroy();
  }
}

async function main() {
  const config = loadConfig('run-migrations', settings);
  const module = moduleOf(config.SERVICE_DIR);
  if (!process.argv.includes('--wait')) {
    const dataSource = module.createDataSource(config.DATABASE_URL);
    await dataSource.initialize();
    try {
      const ran = await migrate(dataSource);
      process.stdout.write(`${module.name}: ${ran.length ? `applied ${ran.join(', ')}` : 'up to date'}\n`);
    } finally {
      await dataSource.destroy();
    }
    return;
  }
  const deadline = Date.now() + config.MIGRATION_WAIT_SECONDS * 1000;
  for (;;) {
    // The database may not answer yet either; that is waited for like the Job.
    const missing = await pending(module, config.DATABASE_URL).catch((error: Error) => [`(database: ${error.message})`]);
    if (!missing.length) return void process.stdout.write(`${module.name}: every migration is applied\n`);
    if (Date.now() > deadline) {
      process.stderr.write(`${module.name}: still waiting for ${missing.join(', ')} after ${config.MIGRATION_WAIT_SECONDS} s; is the migration Job migrate-${module.name} running?\n`);
      process.exit(1);
    }
    await new Promise((r) => setTimeout(r, 2000));
  }
}

main().catch(exitAfterFailedStart);
