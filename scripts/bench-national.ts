/**
 * `npm run bench -- --national [--scales 1,10] [--runs 30] [--year 2025]`: the published VVE figures at
 * the size of the country. For each scale, on DATABASE_URL (which it REPLACES with the synthetic
 * country of `npm run seed:national`): the full refresh of every publication, then through the gateway
 * EarlyEducationReach over all municipalities, LeaOverview and the breakdowns of the largest
 * municipality and a ranking, with the SQL statements each costs; and the delay from a write to its
 * publication (the refresh job under the stack, as in production). Prints one table with the ratio of
 * the largest scale to the smallest. Asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStack, type Stack } from '../test/stack';
import { solveCounter } from '../services/children/src/figures/lp';
import { refreshAll } from '../services/children/src/figures/refresh';
import { moduleNamed } from './modules';
import { seedNational } from './national/seed-national';
import { percentile, timed } from './bench-stats';

const EXAMPLES = join(__dirname, '..', 'gateway', 'examples');
/** The largest municipality of the country (Amsterdam). */
const LARGEST = 'GM0363';

interface Measured {
  p50: number;
  p95: number;
  statements: number;
}

interface ScaleResult {
  scale: number;
  seedSeconds: number;
  refresh: { seconds: number; publications: number; lpSolves: number };
  operations: Record<string, Measured>;
  writeDelay: Record<string, { p50: number; max: number }>;
}

function option(argv: string[], name: string, fallback: string): string {
  const at = argv.indexOf(name);
  return at > 0 && argv[at + 1] ? argv[at + 1] : fallback;
}

async function measure(stack: Stack, query: string, variables: Record<string, unknown>, token: string, runs: number): Promise<Measured> {
  for (let i = 0; i < 3; i++) await timed(() => stack.query(query, variables, token), 'warm-up');
  const { total: statements } = await stack.countQueries(() => stack.query(query, variables, token));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timed(() => stack.query(query, variables, token), 'operation'));
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), statements };
}

/** A municipality of about median size (Venray, ~45,000 inhabitants). */
const TYPICAL = 'GM0984';

/** Records an indication in a municipality and waits until its publication of the year shows a new computation. */
async function writeDelay(stack: Stack, code: string, year: number, attempt: number): Promise<number> {
  const jgz = `jgz-${code.toLowerCase()}`;
  const partner = await stack.token('partner', { organisations: [jgz] });
  const read = async () =>
    (await stack.query(`query ($y: Int!) { municipality(code: "${code}") { earlyEducation(year: $y) { computedAt stale } } }`, { y: year }, partner)).data.municipality.earlyEducation;
  const before = (await read()).computedAt;
  const started = Date.now();
  const res = await stack.query(
    `mutation ($input: RecordIndicationInput!) { recordIndication(input: $input) { id } }`,
    { input: { organisation: jgz, birthMonth: `${year - 2}-0${1 + (attempt % 9)}`, municipality: code, kind: 'VE', issuedOn: `${year}-03-0${1 + (attempt % 9)}`, criteria: ['1'] } },
    partner,
  );
  if (res.errors) throw new Error(`recordIndication: ${JSON.stringify(res.errors)}`);
  for (;;) {
    const now = await read();
    if (now.computedAt !== before && !now.stale) return Date.now() - started;
    if (Date.now() - started > 120_000) throw new Error('the publication was not refreshed within 120 s');
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function benchScale(url: string, scale: number, year: number, runs: number): Promise<ScaleResult> {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`\n== scale ${scale}: loading the synthetic country`);
  const seeded = await seedNational({ url, scale, log: (l) => out(`   ${l}`), progressTo: process.stderr.isTTY ? process.stderr : null, derive: false });
  const children = moduleNamed('children').createDataSource(url);
  await children.initialize();
  const lp = solveCounter.lp + solveCounter.mip;
  const started = Date.now();
  const report = await refreshAll(children);
  const refresh = { seconds: (Date.now() - started) / 1000, publications: report.published + report.unchanged, lpSolves: solveCounter.lp + solveCounter.mip - lp };
  out(`   full refresh: ${refresh.publications} publications in ${refresh.seconds.toFixed(1)} s (${refresh.lpSolves} LP solves)`);
  await children.destroy();

  const stack = await startStack({ databaseUrl: url });
  try {
    const token = await stack.token('analyst');
    const reach = readFileSync(join(EXAMPLES, 'early-education-reach.graphql'), 'utf8');
    const overview = readFileSync(join(EXAMPLES, 'lea-overview.graphql'), 'utf8');
    const COUNT = '{ value suppressed label }';
    const breakdowns = `query Breakdowns($code: ID!, $year: Int!) { municipality(code: $code) { code
      earlyEducationByNeighbourhood(year: $year) { neighbourhood indicated ${COUNT} referred ${COUNT} registered ${COUNT} placed ${COUNT} normCohort ${COUNT} normAchieved ${COUNT} reachRate { value } }
      earlyEducationByLocation(year: $year) { location { id name } placed ${COUNT} normCohort ${COUNT} normAchieved ${COUNT} normReached { value } } } }`;
    const ranking = `query Ranking($year: Int!) { earlyEducationRanking(year: $year, by: REACH_RATE, first: 20) { totalCount edges { rank value municipality { code name } } } }`;
    const operations: Record<string, Measured> = {
      'EarlyEducationReach (342)': await measure(stack, reach, { year }, token, runs),
      [`LeaOverview ${LARGEST}`]: await measure(stack, overview, { code: LARGEST, year }, token, runs),
      [`breakdowns ${LARGEST}`]: await measure(stack, breakdowns, { code: LARGEST, year }, token, runs),
      'ranking (first 20)': await measure(stack, ranking, { year }, token, runs),
    };
    const writeDelays: ScaleResult['writeDelay'] = {};
    for (const code of [TYPICAL, LARGEST]) {
      const delays: number[] = [];
      for (let i = 0; i < 5; i++) delays.push(await writeDelay(stack, code, year, i));
      delays.sort((a, b) => a - b);
      writeDelays[code] = { p50: percentile(delays, 50), max: delays[delays.length - 1] };
    }
    return { scale, seedSeconds: seeded.seconds, refresh, operations, writeDelay: writeDelays };
  } finally {
    await stack.close();
  }
}

export async function benchNational(argv: string[]): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write('npm run bench -- --national needs DATABASE_URL (a PostgreSQL it may replace with the synthetic country)\n');
    process.exit(2);
  }
  const scales = option(argv, '--scales', '1,10').split(',').map(Number);
  const runs = Number(option(argv, '--runs', '30'));
  const year = Number(option(argv, '--year', '2025'));
  process.env.FIGURES_REFRESH_DELAY_SECONDS ??= '1';
  const results: ScaleResult[] = [];
  for (const scale of scales) results.push(await benchScale(url, scale, year, runs));

  const first = results[0];
  const last = results[results.length - 1];
  const head = ['', ...results.map((r) => `scale ${r.scale}`), scales.length > 1 ? `${last.scale}/${first.scale}` : ''];
  const lines = [head.map((h, i) => (i === 0 ? h.padEnd(36) : h.padStart(22))).join('')];
  const line = (label: string, cells: string[], ratio: string) => lines.push([label.padEnd(36), ...cells.map((c) => c.padStart(22)), ratio.padStart(22)].join(''));
  for (const name of Object.keys(first.operations)) {
    line(`${name} p50 / p95 ms`, results.map((r) => `${r.operations[name].p50.toFixed(1)} / ${r.operations[name].p95.toFixed(1)}`), scales.length > 1 ? (last.operations[name].p50 / first.operations[name].p50).toFixed(2) : '');
    line(`${name} SQL statements`, results.map((r) => String(r.operations[name].statements)), '');
  }
  line('full refresh s (publications)', results.map((r) => `${r.refresh.seconds.toFixed(1)} (${r.refresh.publications})`), scales.length > 1 ? (last.refresh.seconds / first.refresh.seconds).toFixed(2) : '');
  for (const code of Object.keys(first.writeDelay)) {
    line(`write -> publication ${code} p50 / max ms`, results.map((r) => `${r.writeDelay[code].p50} / ${r.writeDelay[code].max}`), scales.length > 1 ? (last.writeDelay[code].p50 / first.writeDelay[code].p50).toFixed(2) : '');
  }
  line('seed:national s', results.map((r) => r.seedSeconds.toFixed(1)), '');
  process.stdout.write(`\nyear ${year}, ${runs} runs per operation after 3 warm-up runs, through the gateway on DATABASE_URL\n${lines.join('\n')}\n`);
}
