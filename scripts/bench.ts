/**
 * `npm run bench`: latency, SQL statements and memory of every contract operation through the gateway,
 * with the whole stack in this process over real HTTP. Prints figures; asserts nothing.
 *
 *   npm run bench                      # embedded PGlite (one query at a time: slower, but no setup)
 *   DATABASE_URL=postgres://... npm run bench -- --runs 200
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres';
import { startStack } from '../test/stack';

const EXAMPLES = join(__dirname, '..', 'gateway', 'examples');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main() {
  // Figures, not request logs, on the terminal.
  process.env.LOG_LEVEL ??= 'warn';
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 50;
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres();
  const databaseUrl = process.env.DATABASE_URL || embedded!.url;
  process.stdout.write(`database: ${embedded ? 'embedded PGlite' : 'DATABASE_URL'}; ${runs} runs per operation after 3 warm-up runs\n`);
  const stack = await startStack({ databaseUrl });
  const variables = JSON.parse(readFileSync(join(EXAMPLES, 'variables.json'), 'utf8'));
  const token = await stack.token(['lea', 'partner'], { municipalities: ['GM0984'], organisations: ['kinderopvang-t-nest'] });
  const rows: string[] = [];
  for (const file of readdirSync(EXAMPLES).filter((f) => f.endsWith('.graphql')).sort()) {
    const query = readFileSync(join(EXAMPLES, file), 'utf8');
    for (let i = 0; i < 3; i++) await stack.query(query, variables[file], token);
    const { total: statements } = await stack.countQueries(() => stack.query(query, variables[file], token));
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = process.hrtime.bigint();
      const res = await stack.query(query, variables[file], token);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (res.errors) throw new Error(`${file}: ${JSON.stringify(res.errors)}`);
    }
    times.sort((a, b) => a - b);
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    rows.push(
      `${file.padEnd(34)} ${mean.toFixed(1).padStart(8)} ${percentile(times, 50).toFixed(1).padStart(8)} ${percentile(times, 95).toFixed(1).padStart(8)} ${String(statements).padStart(6)}`,
    );
  }
  const memory = process.memoryUsage();
  process.stdout.write(`${'operation'.padEnd(34)} ${'mean ms'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'SQL'.padStart(6)}\n${rows.join('\n')}\n`);
  process.stdout.write(`memory (whole stack in one process): rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB\n`);
  await stack.close();
  await embedded?.stop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
