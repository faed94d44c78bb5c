/**
 * The timeouts that must line up (docs/operations.md, "Timeouts that line up") are checked when each
 * process starts: a subgraph whose statement timeout or request deadline would outlast the gateway's
 * patience, or a gateway that sees such values in its environment, refuses to start and says which.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const PARTNERS = join(ROOT, 'services', 'partners', 'src', 'index.ts');
const GATEWAY = join(ROOT, 'gateway', 'src', 'index.ts');
const SUBGRAPH_ENV = { PATH: process.env.PATH ?? '', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', SUBGRAPH_SECRET: 'test-subgraph-secret', PORT: '0' };
const GATEWAY_ENV = { PATH: process.env.PATH ?? '', JWT_SECRET: 'test-jwt-secret', SUBGRAPH_SECRET: 'test-subgraph-secret', PORT: '0' };

/** Starts a process that must refuse its configuration: its exit code and the lines it wrote on stderr. */
function failedStart(entry: string, env: NodeJS.ProcessEnv): { status: number | null; lines: string[] } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', entry], { cwd: ROOT, env, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, lines: result.stderr.trim().split('\n') };
}

describe('a subgraph process', () => {
  it('refuses a request deadline not shorter than the gateway timeout of the same environment', () => {
    expect(failedStart(PARTNERS, { ...SUBGRAPH_ENV, SUBGRAPH_TIMEOUT_MS: '3000' })).toEqual({
      status: 2,
      lines: [
        'partners: the configuration is not valid:',
        "  REQUEST_DEADLINE_MS: must be shorter than the gateway's SUBGRAPH_TIMEOUT_MS (3000): a subgraph must give up before the gateway does",
      ],
    });
  });

  it('refuses a statement timeout longer than its request deadline', () => {
    expect(failedStart(PARTNERS, { ...SUBGRAPH_ENV, DB_STATEMENT_TIMEOUT_MS: '15000' })).toEqual({
      status: 2,
      lines: ['partners: the configuration is not valid:', '  DB_STATEMENT_TIMEOUT_MS: must not be longer than REQUEST_DEADLINE_MS (4500)'],
    });
  });
});

describe('the gateway process', () => {
  it("refuses a subgraph's deadline or statement timeout in its environment that outlasts SUBGRAPH_TIMEOUT_MS, and bad resilience settings", () => {
    expect(failedStart(GATEWAY, { ...GATEWAY_ENV, SUBGRAPH_TIMEOUT_MS: '2000', REQUEST_DEADLINE_MS: '4500', CIRCUIT_FAILURES: '0' })).toEqual({
      status: 2,
      lines: [
        'gateway: the configuration is not valid:',
        '  CIRCUIT_FAILURES: must be at least 1',
      ],
    });
    expect(failedStart(GATEWAY, { ...GATEWAY_ENV, SUBGRAPH_TIMEOUT_MS: '2000', REQUEST_DEADLINE_MS: '4500', DB_STATEMENT_TIMEOUT_MS: '4000' })).toEqual({
      status: 2,
      lines: [
        'gateway: the configuration is not valid:',
        '  REQUEST_DEADLINE_MS: must be shorter than SUBGRAPH_TIMEOUT_MS (2000): a subgraph must give up before the gateway does',
        '  DB_STATEMENT_TIMEOUT_MS: must be shorter than SUBGRAPH_TIMEOUT_MS (2000): a subgraph must give up before the gateway does',
      ],
    });
  });
});
