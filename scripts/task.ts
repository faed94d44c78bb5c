/**
 * `npm run import -- <kind> <file> [--partial]`, `npm run export -- <kind> <args...>`, `npm run purge -- <args...>`:
 * finds the subgraph that offers the task and runs it on DATABASE_URL, or, without it, on the embedded
 * database in .data/: through the port of the running `npm start`, or a server of its own when none runs.
 * Exit code 0 on success, 1 when an import found problems (and wrote nothing; with --partial it wrote the
 * good rows, reported the rest and exits 0), 2 on usage errors.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { subgraphUrlsFromEnv } from '@kansrijk/domain';
import { formatReport, importSucceeded, migrate, progressBar, referenceChecker, type ReferenceChecker, type SubgraphModule } from '@kansrijk/kit';
import { openTaskDatabase } from './embedded-postgres';
import { MODULES } from './modules';
import { DATA_DIR, loadSecrets } from './secrets';

type Verb = 'import' | 'export' | 'command';

function find(verb: Verb, name: string): SubgraphModule {
  const table = (m: SubgraphModule) => (verb === 'import' ? m.tasks?.importers : verb === 'export' ? m.tasks?.exporters : m.tasks?.commands);
  const owner = MODULES.find((m) => table(m)?.[name]);
  if (!owner) {
    const known = MODULES.flatMap((m) => Object.keys(table(m) ?? {}));
    throw new Error(`no ${verb} called "${name}"; known: ${known.join(', ') || 'none'}`);
  }
  return owner;
}

/**
 * The reference checker of an import: it asks the owning subgraphs (PARTNERS_URL etc., by default the
 * ports `npm start` uses) signed with SUBGRAPH_SECRET, or the demo stack's secret in .data/ outside
 * production, as the task itself (an admin of no organisation). Undefined when no secret is known:
 * an import that needs it then refuses.
 */
function taskReferences(name: string): ReferenceChecker | undefined {
  const secret = process.env.SUBGRAPH_SECRET || (process.env.NODE_ENV === 'production' ? undefined : loadSecrets().subgraphSecret);
  if (!secret) return undefined;
  return referenceChecker(
    { urls: subgraphUrlsFromEnv(), secret },
    { claims: { sub: `task:import ${name}`, roles: ['admin'], municipalities: [], organisations: [] }, requestId: randomUUID(), operationName: `import ${name}` },
  );
}

/** Runs a task on DATABASE_URL, or on the embedded database in .data/ (the running stack's when it runs). */
export async function runTask(verb: Verb, name: string, args: string[]): Promise<{ output: string; ok: boolean }> {
  const module = find(verb, name);
  const database = await openTaskDatabase(join(DATA_DIR, 'pglite'), { owner: `npm run ${verb === 'command' ? name : verb}` });
  const dataSource = module.createDataSource(database.url);
  try {
    await dataSource.initialize();
    await migrate(dataSource);
    if (verb === 'import') {
      const partial = args.includes('--partial');
      const files = args.filter((a) => a !== '--partial');
      const unknown = files.filter((a) => a.startsWith('--'));
      if (files.length !== 1 || unknown.length) throw new Error(`usage: npm run import -- ${name} <file> [--partial]${unknown.length ? ` (unknown option ${unknown.join(', ')})` : ''}`);
      const bar = progressBar(`reading ${files[0]}`);
      try {
        const report = await module.tasks!.importers![name](dataSource, files[0], { partial, progress: bar.progress, references: taskReferences(name) });
        return { output: formatReport(report), ok: importSucceeded(report) };
      } finally {
        bar.done();
      }
    }
    const run = verb === 'export' ? module.tasks!.exporters![name] : module.tasks!.commands![name];
    return { output: await run(dataSource, args), ok: true };
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await database.close();
  }
}

async function main() {
  const [verb, ...rest] = process.argv.slice(2) as [Verb, ...string[]];
  const [name, ...args] = rest;
  try {
    const { output, ok } = await runTask(verb, name, args);
    process.stdout.write(`${output}\n`);
    process.exit(ok ? 0 : 1);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
}

if (require.main === module) void main();
