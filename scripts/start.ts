/**
 * `npm start`: the whole stack on one machine, each part in its own process as in production.
 *
 * Without DATABASE_URL an embedded PostgreSQL (PGlite over the wire protocol, data in .data/pglite)
 * is started; with it, that server is used. A data directory another stack already holds is refused
 * (exit code 2): one database, one writer (scripts/data-dir-lock.ts). Each subgraph runs its migrations
 * and loads the demo data when its schema is empty, then the gateway starts with the explorer. A process
 * that dies is restarted with a backoff (scripts/supervise.ts) while the rest keeps serving; Ctrl-C
 * stops every process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { signToken } from '../gateway/src/tokens';
import { ensureDashboardBuilt } from './build-dashboard';
import { DataDirInUseError, startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import { DATA_DIR, loadSecrets } from './secrets';
import { Supervisor } from './supervise';
import { portVariable, urlVariable } from '@kansrijk/domain/src/registry';
import { GATEWAY_PORT, ROOT, SUBGRAPHS } from './subgraphs';

const say = (line: string) => process.stdout.write(`${line}\n`);

/** A demo user who can run every example: LEA member of Venray and staff of kinderopvang 't Nest. */
export const DEMO_CLAIMS = {
  sub: 'demo',
  roles: ['lea' as const, 'partner' as const],
  municipalities: ['GM0984'],
  organisations: ['kinderopvang-t-nest'],
};

function portOf(name: string, fallback: number): number {
  return Number(process.env[portVariable(name)] ?? fallback);
}

async function waitForHealth(url: string, supervisor: Supervisor, name: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    // A crash during start-up is restarted like any other; one that keeps crashing ends the start.
    if (supervisor.gaveUp(name)) throw new Error(`${name} kept stopping during start-up`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not become healthy within ${timeoutMs / 1000} s`);
}

function startProcess(name: string, entry: string, env: NodeJS.ProcessEnv): ChildProcess {
  // `node --import tsx` keeps one process per service (the tsx CLI would add a wrapper process).
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('error', (error) => say(`${name}: ${error.message}`));
  return child;
}

async function main() {
  const secrets = loadSecrets();
  let database: EmbeddedPostgres | null = null;
  let stopping = false;
  // Each start is printed with its pid: who wants to kill or trace one process finds it here.
  const supervisor = new Supervisor({ say, onStart: (name, child) => say(`${name} started (pid ${child.pid}).`) });

  const stopAll = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('\nStopping Kansrijk…');
    // The gateway first, so no request reaches a subgraph that is going away; the database last
    // (the supervisor stops in the reverse order of starting).
    await supervisor.stop();
    if (database) await database.stop();
    say('Stopped.');
    process.exit(code);
  };
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  try {
    let databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) {
      mkdirSync(DATA_DIR, { recursive: true });
      say(`Starting the embedded PostgreSQL (PGlite, data in ${join(DATA_DIR, 'pglite')})…`);
      database = await startEmbeddedPostgres({
        dataDir: join(DATA_DIR, 'pglite'),
        port: process.env.PGLITE_PORT ? Number(process.env.PGLITE_PORT) : undefined,
        owner: 'npm start',
      });
      databaseUrl = database.url;
      const { port } = database;
      // Restarted on the same port (the subgraphs' pools reconnect to it); the new server takes over
      // the lock its killed predecessor left (data-dir-lock.ts: a lock whose process is gone is stale).
      await supervisor.add(
        {
          name: 'postgres',
          start: async () => {
            database = await startEmbeddedPostgres({ dataDir: join(DATA_DIR, 'pglite'), port, owner: 'npm start' });
            return database.process;
          },
          stop: async () => {
            await database?.stop();
            database = null;
          },
        },
        database.process,
      );
    } else {
      say('Using the PostgreSQL at DATABASE_URL.');
    }

    // The gateway logs one info line per request; the subgraphs only what went wrong, so that the
    // terminal shows the traffic without drowning in it.
    const logLevel = process.env.LOG_LEVEL ?? 'warn';
    const gatewayLogLevel = process.env.GATEWAY_LOG_LEVEL ?? 'info';
    const urls: Record<string, string> = Object.fromEntries(SUBGRAPHS.map(({ name, port }) => [name, `http://127.0.0.1:${portOf(name, port)}`]));
    // PARTNERS_URL etc.: the gateway routes to them, and a subgraph asks them whether keys it links exist.
    const subgraphUrlEnv = Object.fromEntries(Object.entries(urls).map(([name, url]) => [urlVariable(name), `${url}/graphql`]));
    say('Starting the subgraphs (migrations, and the demo data on first start)…');
    for (const { name } of SUBGRAPHS) {
      const env = {
        PORT: new URL(urls[name]).port,
        DATABASE_URL: databaseUrl,
        SUBGRAPH_SECRET: secrets.subgraphSecret,
        RUN_MIGRATIONS: 'true',
        LOAD_DEMO_DATA: 'true',
        LOG_LEVEL: logLevel,
        ...subgraphUrlEnv,
      };
      await supervisor.add({ name, start: () => startProcess(name, join(ROOT, 'services', name, 'src', 'index.ts'), env) });
    }
    await Promise.all(SUBGRAPHS.map(({ name }) => waitForHealth(`${urls[name]}/ready`, supervisor, name)));

    // A fresh clone has no dashboard/dist yet; a failed build leaves the rest of the stack serving.
    try {
      ensureDashboardBuilt(say);
    } catch (error) {
      say(`The dashboard was not built (${(error as Error).message}); /dashboard answers 503 until \`npm run build:dashboard\` succeeds.`);
    }
    // As long as the gateway lets a token live (JWT_MAX_LIFETIME_SECONDS, a day by default).
    const demoToken = await signToken(DEMO_CLAIMS, { secret: secrets.jwtSecret, expiresIn: '24h' });
    const gatewayPort = Number(process.env.PORT ?? GATEWAY_PORT);
    const gatewayEnv = {
      PORT: String(gatewayPort),
      JWT_SECRET: secrets.jwtSecret,
      SUBGRAPH_SECRET: secrets.subgraphSecret,
      DEMO_TOKEN: demoToken,
      LOG_LEVEL: gatewayLogLevel,
      ...subgraphUrlEnv,
    };
    await supervisor.add({ name: 'gateway', start: () => startProcess('gateway', join(ROOT, 'gateway', 'src', 'index.ts'), gatewayEnv) });
    await waitForHealth(`http://127.0.0.1:${gatewayPort}/health`, supervisor, 'gateway');

    say(`
Kansrijk is running.

  Explorer   http://localhost:${gatewayPort}/   (example tabs per role: analist, LEA-lid Venray, medewerker 't Nest)
  Dashboard  http://localhost:${gatewayPort}/dashboard/
  GraphQL    http://localhost:${gatewayPort}/graphql
  Metrics    http://localhost:${gatewayPort}/metrics (gateway)${SUBGRAPHS.map(({ name }) => `\n             http://localhost:${new URL(urls[name]).port}/metrics (${name})`).join('')}

Demo token (roles lea + partner; Venray GM0984; kinderopvang-t-nest), valid 24 hours:

  ${demoToken}

Try it from a shell:
  export TOKEN=${demoToken}
  curl -s http://localhost:${gatewayPort}/graphql -H 'content-type: application/json' \\
    -H "authorization: Bearer $TOKEN" \\
    -d '{"query":"{ municipality(code: \\"GM0984\\") { name coalitions { name } } }"}'

Other tokens: npm run token -- --role analyst    (roles: analyst, lea, officer, partner, admin)
The children in the demo data are synthetic. Press Ctrl-C to stop.
`);
  } catch (error) {
    say(`Start-up failed: ${(error as Error).message}`);
    // Nothing of ours was started; the other stack's database is not touched.
    await stopAll(error instanceof DataDirInUseError ? 2 : 1);
  }
}

void main();
