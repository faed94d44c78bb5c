import { dropSchema, migrate, type SubgraphModule } from '@kansrijk/kit';
import type { DataSource } from 'typeorm';
import { MODULES } from '../modules';
import { buildCountry, type Country } from './country';
import { loadBudgets } from './load-budgets';
import { loadChildren, totalBirths } from './load-children';
import { loadInterventions } from './load-interventions';
import { loadPartners } from './load-partners';
import { progress } from './progress';
import { loadMethodOf, type LoadMethod, type TableCounts } from './table-writer';

export interface NationalSeedOptions {
  url: string;
  /** Multiplies the children (births per cohort); geography, organisations, plans and interventions stay. */
  scale: number;
  log?: (line: string) => void;
  /** Where the progress bar goes; null for none. */
  progressTo?: NodeJS.WriteStream | null;
  /** Run the modules' afterBulkLoad hooks (children publishes its figures); true unless a test only compares rows. */
  derive?: boolean;
}

export interface NationalSeedResult {
  /** Rows loaded, per subgraph and table. */
  counts: Record<string, TableCounts>;
  /** What each module's afterBulkLoad hook reported. */
  afterBulkLoad: Record<string, string>;
  seconds: number;
}

type Loader = (dataSource: DataSource, method: LoadMethod, country: Country, options: Required<Omit<NationalSeedOptions, 'derive'>>) => Promise<TableCounts>;

/** Each subgraph's tables are written through that subgraph's own data source, into its own schema. */
const LOADERS: Record<string, Loader> = {
  partners: (ds, method, country) => loadPartners(ds, method, country),
  children: (ds, method, country, { scale, progressTo }) =>
    loadChildren(ds, method, country, scale, progress('children', totalBirths(country, scale), progressTo)),
  budgets: (ds, method, country) => loadBudgets(ds, method, country),
  interventions: (ds, method, country) => loadInterventions(ds, method, country),
};

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const described = (counts: TableCounts) =>
  Object.entries(counts)
    .map(([table, n]) => `${n.toLocaleString('en')} ${table}`)
    .join(', ');

/**
 * Replaces the four subgraph schemas with the synthetic country: per subgraph, drop its schema, run
 * its migrations and bulk-load its tables; then ANALYZE what was loaded (the planner's statistics
 * would otherwise describe empty tables) and run the modules' afterBulkLoad hooks.
 */
export async function seedNational(options: NationalSeedOptions): Promise<NationalSeedResult> {
  const { url, scale, log = console.log, progressTo = process.stderr } = options;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new Error(`scale must be a positive number, not ${scale}`);
  const started = Date.now();
  const country = buildCountry();
  const result: NationalSeedResult = { counts: {}, afterBulkLoad: {}, seconds: 0 };
  const loaded: { module: SubgraphModule; dataSource: DataSource }[] = [];
  try {
    for (const module of MODULES) {
      const load = LOADERS[module.name];
      if (!load) {
        log(`${module.name}: no national data for this subgraph; its schema is left as it is`);
        continue;
      }
      const dataSource = module.createDataSource(url);
      await dataSource.initialize();
      loaded.push({ module, dataSource });
      await dropSchema(dataSource);
      const migrations = await migrate(dataSource);
      log(`${module.name}: schema dropped, ${migrations.length} migrations run`);
      const method = await loadMethodOf(dataSource);
      const since = Date.now();
      result.counts[module.name] = await load(dataSource, method, country, { url, scale, log, progressTo });
      log(`${module.name}: loaded ${described(result.counts[module.name])} in ${seconds(since)}${method === 'insert' ? ' (INSERT batches: no COPY on PGlite)' : ''}`);
    }

    const analyzing = Date.now();
    for (const { module, dataSource } of loaded) {
      const schema = (dataSource.options as { schema: string }).schema;
      const tables = Object.keys(result.counts[module.name]).map((t) => `"${schema}"."${t}"`);
      await dataSource.query(`ANALYZE ${tables.join(', ')}`);
    }
    log(`analyze: ${loaded.reduce((n, l) => n + Object.keys(result.counts[l.module.name]).length, 0)} tables in ${seconds(analyzing)}`);

    for (const { module, dataSource } of loaded) {
      if (!module.afterBulkLoad || options.derive === false) continue;
      const since = Date.now();
      const summary = (await module.afterBulkLoad(dataSource)) || 'done';
      result.afterBulkLoad[module.name] = summary;
      log(`${module.name}: after bulk load: ${summary} (${seconds(since)})`);
    }
  } finally {
    await Promise.all(loaded.map(({ dataSource }) => dataSource.destroy().catch(() => undefined)));
  }
  result.seconds = (Date.now() - started) / 1000;
  const rows = Object.values(result.counts).reduce((n, c) => n + Object.values(c).reduce((a, b) => a + b, 0), 0);
  log(`done: ${rows.toLocaleString('en')} rows at scale ${scale} in ${result.seconds.toFixed(1)} s`);
  return result;
}
