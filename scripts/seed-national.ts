/**
 * `npm run seed:national -- --scale <s>`: REPLACES the four subgraph schemas on DATABASE_URL with a
 * deterministic synthetic country (scripts/national) for benchmarks and national-scale tests. Scale 1
 * is about 130,000 indicated children; the scale multiplies only the children. Exit code 2 on usage
 * errors and refusals, 1 when loading failed.
 */
import { isProduction } from '@kansrijk/kit';
import { seedNational } from './national/seed-national';

const USAGE = 'usage: DATABASE_URL=postgres://... npm run seed:national -- --scale <positive number, e.g. 0.1, 1 or 10>';

function scaleFrom(args: string[]): number {
  const i = args.findIndex((a) => a === '--scale' || a.startsWith('--scale='));
  if (i === -1) return 1;
  const text = args[i].includes('=') ? args[i].slice('--scale='.length) : args[i + 1];
  const scale = Number(text);
  if (!text || !Number.isFinite(scale) || scale <= 0) throw new Error(`--scale must be a positive number, not "${text ?? ''}"`);
  return scale;
}

/** Where the data goes, without the password. */
function describe(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

function refuse(message: string): never {
  process.stderr.write(`seed:national: ${message}\n`);
  process.exit(2);
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (isProduction()) refuse('refusing to run with NODE_ENV=production: it replaces every subgraph schema with synthetic data');
  const url = process.env.DATABASE_URL;
  if (!url) refuse('DATABASE_URL is not set; it names the database whose partners, children, budgets and interventions schemas are replaced');
  let scale: number;
  try {
    scale = scaleFrom(args);
  } catch (error) {
    refuse(`${(error as Error).message}\n${USAGE}`);
  }
  console.log(`seed:national: scale ${scale} into ${describe(url)}; replacing the partners, children, budgets and interventions schemas`);
  await seedNational({ url, scale });
}

main().catch((error) => {
  process.stderr.write(`seed:national failed: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
