/**
 * One measured step of `npm run bench:registers`, in a process of its own so that its peak memory
 * (`maxRSS`, the high-water mark of the resident set) is the step's alone:
 *
 *   read <file>          openTable and every row, nothing checked or written (the baseline); only the
 *                        reader is loaded
 *   idle                 load the subgraph, connect and stop: what an import's process costs before any file
 *   check <file>         read and check every row as `import organisations` does, nothing written
 *   import <kind> <file> the importer of `npm run import -- <kind> <file>`
 *
 * Sends the parent { ms, rows, statements, maxRssKb, report? } over IPC; time is the step's own, without
 * the process start.
 */
import type { ImportReport } from '@kansrijk/kit';
// The reader's own module: the kit's index would load TypeORM too.
import { openTable } from '../../services/kit/src/table-file';

export interface Measured {
  ms: number;
  rows: number;
  statements: number;
  maxRssKb: number;
  report?: ImportReport;
}

async function main(): Promise<Measured> {
  const [step, ...args] = process.argv.slice(2);
  const started = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
  if (step === 'read') {
    // The reader alone, without TypeORM and the subgraph loaded: its peak is the read's.
    const table = await openTable(args[0]);
    let rows = 0;
    for await (const row of table.rows()) if (row.line > 0) rows++;
    return { ms: elapsed(), rows, statements: 0, maxRssKb: process.resourceUsage().maxRSS };
  }
  const { queryCounter } = await import('@kansrijk/kit');
  const { moduleNamed } = await import('../modules');
  const { duoBoards, duoLocations } = await import('../../services/partners/src/tasks/duo');
  const { lrkLocations } = await import('../../services/partners/src/tasks/lrk');
  const { municipalityLookup } = await import('../../services/partners/src/tasks/municipality-lookup');
  const { readRegister } = await import('../../services/partners/src/tasks/register-import');
  const partners = moduleNamed('partners');
  const db = partners.createDataSource(process.env.DATABASE_URL!);
  await db.initialize();
  try {
    const begun = process.hrtime.bigint();
    const before = queryCounter.total();
    let rows = 0;
    let report: ImportReport | undefined;
    if (step === 'check') {
      const m = await municipalityLookup(db);
      const read = await readRegister(args[0], [duoLocations(m), duoBoards(m), lrkLocations(m)], {}, 'not a register this bench knows');
      if (read.problems.length) throw new Error(`${args[0]}: ${read.problems.length} problems, first ${JSON.stringify(read.problems[0])}`);
      rows = read.rows;
    } else if (step === 'import') {
      report = await partners.tasks!.importers![args[0]](db, args[1]);
      rows = report.rows;
    } else if (step !== 'idle') throw new Error(`unknown step ${step}`);
    const ms = Number(process.hrtime.bigint() - begun) / 1e6;
    return { ms, rows, statements: queryCounter.total() - before, maxRssKb: process.resourceUsage().maxRSS, report };
  } finally {
    await db.destroy();
  }
}

main().then(
  (measured) => process.send!(measured, () => process.exit(0)),
  (error) => {
    process.stderr.write(`${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
