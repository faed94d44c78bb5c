/**
 * Builds the LEA dashboard (dashboard/ → dashboard/dist, `vite build`) when its dist is missing or older
 * than any of its sources, so that a fresh clone's `npm start` and `npm test` serve a current dashboard
 * without a separate build step. `npm run build:dashboard` builds it unconditionally.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const DASHBOARD_DIR = join(__dirname, '..', 'dashboard');
const BUILT = join(DASHBOARD_DIR, 'dist', 'index.html');
const SOURCES = ['src', 'index.html', 'vite.config.ts', 'package.json'];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

export function dashboardIsStale(): boolean {
  if (!existsSync(BUILT)) return true;
  const built = statSync(BUILT).mtimeMs;
  return SOURCES.some((s) => existsSync(join(DASHBOARD_DIR, s)) && newest(join(DASHBOARD_DIR, s)) > built);
}

export function buildDashboard(say: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): void {
  say('Building the dashboard (vite build, dashboard/dist)…');
  // Vite's package exports do not include its bin; its package.json says where it is.
  const manifest = require.resolve('vite/package.json', { paths: [DASHBOARD_DIR] });
  const vite = join(dirname(manifest), (JSON.parse(readFileSync(manifest, 'utf8')) as { bin: { vite: string } }).bin.vite);
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: DASHBOARD_DIR, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`the dashboard build failed (exit ${result.status ?? result.signal})`);
}

export function ensureDashboardBuilt(say?: (line: string) => void): void {
  if (dashboardIsStale()) buildDashboard(say);
}

if (require.main === module) {
  try {
    buildDashboard();
  } catch (error) {
    console.error(`build:dashboard: ${(error as Error).message}`);
    process.exit(1);
  }
}
