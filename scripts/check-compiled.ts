/**
 * `npm run check:compiled` (CI): the services as the image runs them. Compiles (npm run build), starts the
 * partners subgraph and the gateway from dist/ with plain node in production mode on DATABASE_URL (or
 * TEST_DATABASE_URL; migrated first by the compiled migration runner the Kubernetes Job uses), and checks /health and /ready of both and an authenticated request through the
 * gateway. Exits non-zero, with the processes' output, when one does not answer.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { signToken } from '../gateway/src/tokens';
import { freePort } from './embedded-postgres';
import { ROOT } from './subgraphs';


async function until(what: string, check: () => Promise<boolean>, output: string[]): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} did not answer within a minute:\n${output.join('')}`);
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!databaseUrl) throw new Error('set DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL database the subgraph may migrate');
  execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'build.ts')], { cwd: ROOT, stdio: 'inherit' });
  // As the Kubernetes migration Job and each pod's init container do (deploy/kubernetes), with the compiled code.
  const migrations = join(ROOT, 'dist', 'services', 'domain', 'src', 'run-migrations.js');
  const migrationEnv = { ...process.env, DATABASE_URL: databaseUrl, SERVICE_DIR: 'services/partners', NODE_ENV: 'production' };
  execFileSync(process.execPath, [migrations], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: migrationEnv });
  execFileSync(process.execPath, [migrations, '--wait'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...migrationEnv, MIGRATION_WAIT_SECONDS: '30' } });
  const secrets = { jwt: randomBytes(32).toString('base64url'), subgraph: randomBytes(32).toString('base64url') };
  const [partnersPort, gatewayPort] = [await freePort(), await freePort()];
  const common = { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', LOG_LEVEL: 'warn', SUBGRAPH_SECRET: secrets.subgraph };
  const output: string[] = [];
  const children: ChildProcess[] = [];
  const start = (file: string, env: NodeJS.ProcessEnv) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist', file)], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (c) => output.push(String(c)));
    child.stderr!.on('data', (c) => output.push(String(c)));
    children.push(child);
  };
  try {
    start('services/partners/src/index.js', { ...common, PORT: String(partnersPort), DATABASE_URL: databaseUrl });
    start('gateway/src/index.js', {
      ...common,
      PORT: String(gatewayPort),
      JWT_SECRET: secrets.jwt,
      JWT_ISSUER: 'https://check.kansrijk.invalid',
      JWT_AUDIENCE: 'kansrijk-check',
      PARTNERS_URL: `http://127.0.0.1:${partnersPort}/graphql`,
    });
    const ok = (url: string) => async () => (await fetch(url)).ok;
    await until('the compiled partners subgraph (/ready)', ok(`http://127.0.0.1:${partnersPort}/ready`), output);
    await until('the compiled gateway (/health)', ok(`http://127.0.0.1:${gatewayPort}/health`), output);
    const token = await signToken({ sub: 'check', roles: ['analyst'], municipalities: [], organisations: [] }, { secret: secrets.jwt, issuer: 'https://check.kansrijk.invalid', audience: 'kansrijk-check' });
    const response = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ municipality(code: "GM0984") { code } }' }),
    });
    // On an empty database partners answers that it does not know the municipality: the signed call
    // went through and the subgraph answered; any other error (a refused signature, a crash) is masked.
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    const codes = (body.errors ?? []).map((e) => e.extensions?.code);
    if (response.status !== 200 || codes.some((code) => code !== 'BAD_USER_INPUT')) throw new Error(`the compiled gateway answered ${response.status} ${JSON.stringify(body)}:\n${output.join('')}`);
    // The image's gateway serves the dashboard its build stage compiled (dist/dashboard/dist).
    const dashboard = await fetch(`http://127.0.0.1:${gatewayPort}/dashboard/`);
    if (dashboard.status !== 200 || !(await dashboard.text()).includes('<html')) throw new Error(`the compiled gateway answered ${dashboard.status} on /dashboard/:\n${output.join('')}`);
    process.stdout.write('the compiled gateway and partners subgraph start with plain node and answer (health, ready, a query through the gateway, the dashboard)\n');
  } finally {
    for (const child of children) child.kill('SIGTERM');
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
