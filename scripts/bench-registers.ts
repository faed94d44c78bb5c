/**
 * `npm run bench:registers`: the register imports at the size of the country. On DATABASE_URL (a scratch
 * database: it REPLACES the partners schema), it loads CBS's 342 municipalities through
 * `import municipalities`, then for a national DUO primary-schools file (6,122 vestigingen) and a national
 * LRK export (8,000 rows), both synthetic in the published shapes: the read alone (the baseline), the
 * read and check, the first import, a second unchanged one and a third with about 5% of the names
 * changed. Each step runs in a child process of its own, so its peak memory (maxRSS) is its alone.
 * Prints one table; fails when an import's counts are not what the files imply.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/kt_regbench npm run bench:registers
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropSchema, migrate } from '@kansrijk/kit';
import { moduleNamed } from './modules';
import { writeCbsGemeentenFile } from './registers/cbs-gemeenten-file';
import { writeDuoSchoolsFile } from './registers/duo-schools-file';
import { writeLrkExportFile } from './registers/lrk-export-file';
import type { Measured } from './registers/measure-import';

const RENAME_SHARE = 0.05;
/** The V8 heap the tenfold read runs in: smaller than the file, so a read that held the text would fail. */
const CAPPED_HEAP_MB = 16;

function measure(args: string[], extraExecArgv: string[] = []): Promise<Measured> {
  return new Promise((resolve, reject) => {
    // fork keeps this process's execArgv: the child runs under tsx as well.
    const child = fork(join(__dirname, 'registers', 'measure-import.ts'), args, { env: { ...process.env, LOG_LEVEL: 'warn' }, execArgv: [...process.execArgv, ...extraExecArgv] });
    let result: Measured | undefined;
    child.on('message', (m) => (result = m as Measured));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 && result ? resolve(result) : reject(new Error(`${args.join(' ')}: exit ${code}`))));
  });
}

function expect(label: string, actual: object, wanted: Record<string, number>) {
  const got = actual as Record<string, unknown>;
  const wrong = Object.keys(wanted).filter((k) => got[k] !== wanted[k]);
  if (wrong.length) throw new Error(`${label}: ${wrong.map((k) => `${k} ${got[k]}, expected ${wanted[k]}`).join('; ')}`);
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

const mb = (bytes: number) => bytes / 2 ** 20;
const n = (x: number, digits = 0) => x.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** A step's runs: the median time (the machine is shared), the highest peak, the last report. */
interface Step {
  label: string;
  runs: Measured[];
  bytes: number;
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write('npm run bench:registers needs DATABASE_URL (a scratch PostgreSQL; its partners schema is replaced)\n');
    process.exit(2);
  }
  const runs = option('--runs', 3);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const dir = mkdtempSync(join(tmpdir(), 'kansrijk-regbench-'));
  try {
    const files = {
      cbs: join(dir, 'gemeenten-alfabetisch-2025.csv'),
      duo: join(dir, '02.-alle-schoolvestigingen-basisonderwijs.csv'),
      duoRenamed: join(dir, '02.-alle-schoolvestigingen-basisonderwijs-renamed.csv'),
      lrk: join(dir, 'export_opendata_lrk.csv'),
      lrkRenamed: join(dir, 'export_opendata_lrk-renamed.csv'),
      lrkTenfold: join(dir, 'export_opendata_lrk-x10.csv'),
    };
    const municipalities = writeCbsGemeentenFile(files.cbs);
    const duo = writeDuoSchoolsFile(files.duo);
    const duoRenamed = writeDuoSchoolsFile(files.duoRenamed, { renameShare: RENAME_SHARE });
    const lrk = writeLrkExportFile(files.lrk);
    const lrkRenamed = writeLrkExportFile(files.lrkRenamed, { renameShare: RENAME_SHARE });
    // Read only: if reading held the text, its peak would grow with the file.
    writeLrkExportFile(files.lrkTenfold, { rows: 10 * lrk.rows });
    out(`files in ${dir}: ${municipalities} municipalities; DUO ${n(duo.rows)} vestigingen of ${n(duo.boards)} boards; LRK ${n(lrk.rows)} rows (${lrk.leftOut} VGO/GOB) of ${n(lrk.holders)} houders`);

    const partners = moduleNamed('partners').createDataSource(url);
    await partners.initialize();
    await dropSchema(partners);
    await migrate(partners);

    const steps = new Map<string, Step>();
    const record = (key: string, label: string, bytes: number, m: Measured) => {
      const step = steps.get(key) ?? { label, runs: [], bytes };
      step.runs.push(m);
      steps.set(key, step);
      return m;
    };
    const size = (file: string) => statSync(file).size;

    const cbsFirst = record('CBS first', 'first import', size(files.cbs), await measure(['import', 'municipalities', files.cbs]));
    expect('municipalities, first', cbsFirst.report!, { inserted: municipalities, updated: 0 });
    const cbsSecond = record('CBS second', 'second, unchanged', size(files.cbs), await measure(['import', 'municipalities', files.cbs]));
    expect('municipalities, second', cbsSecond.report!, { inserted: 0, updated: 0, unchanged: municipalities });

    const registers = [
      { name: 'DUO', file: files.duo, renamedFile: files.duoRenamed, renamed: duoRenamed.renamed },
      { name: 'LRK', file: files.lrk, renamedFile: files.lrkRenamed, renamed: lrkRenamed.renamed },
    ];
    const idle: Measured[] = [];
    for (let run = 1; run <= runs; run++) {
      process.stderr.write(`run ${run} of ${runs}\n`);
      idle.push(await measure(['idle']));
      // Each run starts from no organisations (the municipalities stay), so its first import inserts all.
      await partners.query('TRUNCATE partners.organisation, partners.organisation_location, partners.organisation_municipality');
      for (const { name, file, renamedFile, renamed } of registers) {
        const bytes = size(file);
        record(`${name} read`, 'read alone (baseline)', bytes, await measure(['read', file]));
        record(`${name} check`, 'read + check', bytes, await measure(['check', file]));
        const first = record(`${name} first`, 'first import', bytes, await measure(['import', 'organisations', file]));
        const records = first.report!.inserted;
        expect(`${name}, first`, { ...first.report!, problems: first.report!.problems.length }, { updated: 0, unchanged: 0, problems: 0 });
        const second = record(`${name} second`, 'second, unchanged', bytes, await measure(['import', 'organisations', file]));
        expect(`${name}, second`, second.report!, { inserted: 0, updated: 0, unchanged: records });
        const third = record(`${name} third`, `third, ${renamed} renamed (${n(RENAME_SHARE * 100)}%)`, bytes, await measure(['import', 'organisations', renamedFile]));
        expect(`${name}, renamed`, third.report!, { inserted: 0, updated: renamed, unchanged: records - renamed });
      }
    }
    await partners.destroy();
    const tenfold = record('LRK×10 read', 'read alone', size(files.lrkTenfold), await measure(['read', files.lrkTenfold]));
    const capped = record('LRK×10 capped', `read, V8 heap ≤ ${CAPPED_HEAP_MB} MB`, size(files.lrkTenfold), await measure(['read', files.lrkTenfold], [`--max-old-space-size=${CAPPED_HEAP_MB}`]));

    const lines = [
      [
        'file'.padEnd(14), 'step'.padEnd(26), 's'.padStart(6), 'rows/s'.padStart(8), 'MB/s'.padStart(6), '× read'.padStart(7),
        'SQL'.padStart(5), 'peak MB'.padStart(8), 'ins / upd / unchanged'.padStart(22),
      ].join(' '),
    ];
    const readMs = new Map<string, number>();
    for (const [key, step] of steps) {
      const file = key.slice(0, key.lastIndexOf(' '));
      const ms = median(step.runs.map((r) => r.ms));
      if (key.endsWith(' read')) readMs.set(file, ms);
      const base = key.endsWith(' read') ? undefined : readMs.get(file);
      const last = step.runs[step.runs.length - 1];
      const r = last.report;
      lines.push(
        [
          `${file}${file === 'LRK×10' ? '' : step.bytes < 2 ** 20 ? ` ${n(step.bytes / 1024)} KB` : ` ${n(mb(step.bytes), 1)} MB`}`.padEnd(14),
          step.label.padEnd(26),
          n(ms / 1000, 2).padStart(6),
          n(last.rows / (ms / 1000)).padStart(8),
          n(mb(step.bytes) / (ms / 1000), 1).padStart(6),
          (base ? `${n(ms / base, 1)}×` : '').padStart(7),
          n(last.statements).padStart(5),
          n(mb(Math.max(...step.runs.map((x) => x.maxRssKb)) * 1024)).padStart(8),
          (r ? `${n(r.inserted)} / ${n(r.updated)} / ${n(r.unchanged)}` : '').padStart(22),
        ].join(' '),
      );
    }
    const idlePeak = Math.max(...idle.map((x) => x.maxRssKb)) * 1024;
    out(`\n${lines.join('\n')}`);
    out(`\nmedian of ${runs} runs (CBS: 1), each step in a process of its own; s: the step's own time, without the process start; × read: to the read alone of the same file; SQL: statements sent; peak: maxRSS, the highest of the runs`);
    out(`memory: a process that loads the subgraph and connects peaks at ${n(mb(idlePeak))} MB; an import peaks ${n(mb(steps.get('DUO first')!.runs[0].maxRssKb * 1024 - idlePeak))} MB (DUO) and ${n(mb(steps.get('LRK first')!.runs[0].maxRssKb * 1024 - idlePeak))} MB (LRK) above it, for files of ${n(mb(size(files.duo)), 1)} and ${n(mb(size(files.lrk)), 1)} MB (the records it plans are held, the text is not)`);
    out(`        the tenfold LRK (${n(mb(size(files.lrkTenfold)), 1)} MB) reads in ${n(mb(tenfold.maxRssKb * 1024))} MB, and all of it in a V8 heap capped at ${CAPPED_HEAP_MB} MB (peak ${n(mb(capped.maxRssKb * 1024))} MB): reading streams`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
