/**
 * `npm run build`: the services as JavaScript in dist/, which production runs with plain `node`
 * (`node dist/gateway/src/index.js`, `node dist/services/partners/src/index.js`); tsx stays for
 * development. Under tsx every stack trace is source-mapped, which costs CPU on each request that builds
 * one, and the sources are compiled again at every start.
 *
 * dist/ mirrors the repository: tsc writes gateway/src, services/<name>/src and the bench's gateways
 * (tsconfig.build.json); beside them go what the code reads from disk (schema.graphql, the supergraph,
 * the explorer's files) and each workspace's package.json pointing at its .js. dist/node_modules/@kansrijk
 * links every workspace to its compiled copy, so `require('@kansrijk/kit')` from dist/ finds JavaScript
 * while the packages from npm are found in the node_modules above, as usual.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { buildDashboard, DASHBOARD_DIR } from './build-dashboard';

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');

/** Every file of `dir` the compiled code may read: all but TypeScript, tests and installed packages. */
function copyAssets(from: string, to: string): void {
  for (const entry of readdirSync(from)) {
    if (entry === 'node_modules' || entry === '__tests__' || entry === 'dist') continue;
    const source = join(from, entry);
    const target = join(to, entry);
    if (statSync(source).isDirectory()) copyAssets(source, target);
    else if (!entry.endsWith('.ts') && entry !== 'package.json') {
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(source, target);
    }
  }
}

function main() {
  rmSync(DIST, { recursive: true, force: true });
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  copyAssets(join(ROOT, 'schemas'), join(DIST, 'schemas'));
  const workspaces = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { workspaces: string[] }).workspaces;
  for (const workspace of workspaces) {
    if (workspace === 'dashboard') {
      // A browser app, not a Node package: only its built files go along, where the compiled gateway
      // looks for them (gateway/src/dashboard.ts: ../../dashboard/dist from its own folder).
      buildDashboard();
      cpSync(join(DASHBOARD_DIR, 'dist'), join(DIST, 'dashboard', 'dist'), { recursive: true });
      continue;
    }
    copyAssets(join(ROOT, workspace), join(DIST, workspace));
    const manifest = JSON.parse(readFileSync(join(ROOT, workspace, 'package.json'), 'utf8')) as { name: string; main?: string; types?: string };
    const toJs = (file?: string) => file?.replace(/\.ts$/, '.js');
    writeFileSync(join(DIST, workspace, 'package.json'), `${JSON.stringify({ ...manifest, main: toJs(manifest.main), types: undefined }, null, 2)}\n`);
    const link = join(DIST, 'node_modules', manifest.name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(relative(dirname(link), join(DIST, workspace)), link, 'dir');
  }
  process.stdout.write(`compiled to ${relative(process.cwd(), DIST) || 'dist'}/ (node dist/gateway/src/index.js, node dist/services/<name>/src/index.js)\n`);
}

main();
