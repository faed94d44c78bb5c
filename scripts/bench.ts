/**
 * `npm run bench`: latency, SQL statements and memory of every contract operation through the gateway,
 * with the whole stack in this process over real HTTP; then what writes cost: a patch alone, a write
 * that asks partners about the organisations it links, and bursts of writers on one record (serializable
 * transactions run again on a conflict: how many, and what it does to latency). Prints figures; asserts
 * nothing. The writes touch only an organisation and an intervention it makes and removes again.
 *
 *   npm run bench                      # embedded PGlite (one query at a time: slower, but no setup)
 *   DATABASE_URL=postgres://... npm run bench -- --runs 200
 *   DATABASE_URL=postgres://... npm run bench -- --national [--scales 1,10]   # see bench-national.ts
 *   DATABASE_URL=postgres://... npm run bench -- --gateways [--quick]         # see bench-gateways.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres';
import { writeRetries } from '@kansrijk/kit';
import { startStack, type Stack } from '../test/stack';
import { benchNational } from './bench-national';
import { benchGateways } from './bench-gateways';
import { row, timed } from './bench-stats';

const EXAMPLES = join(__dirname, '..', 'gateway', 'examples');

async function main() {
  // Figures, not request logs, on the terminal.
  process.env.LOG_LEVEL ??= 'warn';
  if (process.argv.includes('--national')) return benchNational(process.argv);
  if (process.argv.includes('--gateways')) return benchGateways(process.argv);
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
    for (let i = 0; i < runs; i++) times.push(await timed(() => stack.query(query, variables[file], token), file));
    rows.push(row(file, times, statements));
  }
  rows.push(...(await benchWrites(stack, runs)));
  const memory = process.memoryUsage();
  process.stdout.write(`${'operation'.padEnd(34)} ${'mean ms'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'SQL'.padStart(6)}\n${rows.join('\n')}\n`);
  process.stdout.write(`memory (whole stack in one process): rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB\n`);
  await stack.close();
  await embedded?.stop();
}

const BENCH_ORG = 'bench-buurthuis';
const BENCH_INTERVENTION = 'gm0984-bench-leesproject';

async function removeBenchRows(stack: Stack): Promise<void> {
  const iv = stack.dataSources.interventions;
  for (const table of ['intervention_organisation', 'intervention_theme', 'reach_figure']) {
    await iv.query(`DELETE FROM interventions.${table} WHERE intervention_id = $1`, [BENCH_INTERVENTION]);
  }
  await iv.query(`DELETE FROM interventions.intervention WHERE id = $1`, [BENCH_INTERVENTION]);
  const p = stack.dataSources.partners;
  for (const table of ['organisation_location', 'organisation_municipality']) {
    await p.query(`DELETE FROM partners.${table} WHERE organisation_id = $1`, [BENCH_ORG]);
  }
  await p.query(`DELETE FROM partners.organisation WHERE id = $1`, [BENCH_ORG]);
}

async function benchWrites(stack: Stack, runs: number): Promise<string[]> {
  await removeBenchRows(stack);
  const officer = await stack.token('officer', { municipalities: ['GM0984'] });
  const UPDATE_ORG = `mutation ($id: ID!, $input: UpdateOrganisationInput!) { updateOrganisation(id: $id, input: $input) { id } }`;
  const UPDATE_IV = `mutation ($id: ID!, $input: UpdateInterventionInput!) { updateIntervention(id: $id, input: $input) { id } }`;
  const out: string[] = [];
  try {
    await timed(() => stack.query(`mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`, { input: { name: 'Bench buurthuis', kind: 'COMMUNITY_CENTRE', municipalities: ['GM0984'] } }, officer));
    await timed(() => stack.query(`mutation ($input: CreateInterventionInput!) { createIntervention(input: $input) { id } }`, { input: { municipality: 'GM0984', name: 'Bench leesproject' } }, officer));

    const patch = (i: number) => () => stack.query(UPDATE_ORG, { id: BENCH_ORG, input: { description: `run ${i}` } }, officer);
    const { total: patchSql } = await stack.countQueries(patch(-1));
    const alone: number[] = [];
    for (let i = 0; i < runs; i++) alone.push(await timed(patch(i)));
    out.push(row('write: updateOrganisation, alone', alone, patchSql));

    // Links two organisations: one signed _entities request to partners before the transaction.
    const link = (i: number) => () => stack.query(UPDATE_IV, { id: BENCH_INTERVENTION, input: { organisations: i % 2 ? ['unik', BENCH_ORG] : [BENCH_ORG, 'unik'] } }, officer);
    const { total: linkSql } = await stack.countQueries(link(-1));
    const linking: number[] = [];
    for (let i = 0; i < runs; i++) linking.push(await timed(link(i)));
    out.push(row('write: updateIntervention, links 2', linking, linkSql));

    // Ten writers on one record at once: the serializable transactions collide and are run again.
    const burst: number[] = [];
    let conflicts = 0;
    const before = writeRetries.count;
    for (let b = 0; b < Math.max(1, Math.round(runs / 10)); b++) {
      const answers = await Promise.all(
        Array.from({ length: 10 }, async (_, i) => {
          const started = process.hrtime.bigint();
          const res = await stack.query(UPDATE_ORG, { id: BENCH_ORG, input: i % 2 ? { description: `burst ${b}.${i}` } : { kvkNumber: String(80000000 + i) } }, officer);
          burst.push(Number(process.hrtime.bigint() - started) / 1e6);
          return res;
        }),
      );
      conflicts += answers.filter((res) => res.errors).length;
    }
    const retries = writeRetries.count - before;
    // SQL column: attempts run again after a serialization conflict / writes that still failed (CONFLICT).
    out.push(row('write: 10 at once on one record', burst, `${retries}r/${conflicts}c`));
  } finally {
    await removeBenchRows(stack);
  }
  return out;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
