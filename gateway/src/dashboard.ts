/**
 * The LEA dashboard at /dashboard: the static files `vite build` writes to dashboard/dist, served with
 * their content types, a strict CSP (only our own files, no inline script, no remote origin) and
 * long-lived caching for the hashed assets. Outside production the page opens signed in with the demo
 * token (as the explorer does), and /dashboard/demo-roles and /dashboard/demo-token offer a role picker
 * that mints demo tokens with the gateway's JWT secret. In production neither exists, whatever the options.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendJson } from '@kansrijk/kit';
import { claimsOf, DEMO_IDENTITIES, signDemoToken } from './demo-roles';

export const DASHBOARD_DIST = resolve(__dirname, '..', '..', 'dashboard', 'dist');

/**
 * Only our own files; styles too (ECharts sets inline style attributes on its elements, which
 * `style-src-attr 'unsafe-inline'` allows without allowing inline <style> or any script).
 */
export const DASHBOARD_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

export interface DashboardOptions {
  /** Filled into the page so it opens signed in (development only, like the explorer). */
  demoToken?: string;
  /** Where the built files are; default dashboard/dist. */
  dist?: string;
}

interface Context {
  production: boolean;
  jwtSecret?: string;
  jwtIssuer?: string;
  jwtAudience?: string;
  jwtMaxLifetimeSeconds?: number;
}

const escapeJsonForHtml = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function createDashboard(options: DashboardOptions, context: Context) {
  const dist = options.dist ?? DASHBOARD_DIST;
  // The role picker mints with the HS256 secret; without one (RS256 only) there is nothing to mint with.
  const demo = !context.production && !!context.jwtSecret;
  const config = { endpoint: '/graphql', token: context.production ? '' : (options.demoToken ?? ''), demoRoles: demo };
  // Re-read when a new build replaced it (`npm run build:dashboard` while the gateway runs).
  let page: { body: Buffer; mtimeMs: number } | null = null;

  function indexPage(): Buffer | null {
    const file = join(dist, 'index.html');
    if (!existsSync(file)) return null;
    const { mtimeMs } = statSync(file);
    if (page?.mtimeMs === mtimeMs) return page.body;
    // The config travels as JSON data (type application/json is never run), so the CSP needs no inline script.
    const html = readFileSync(file, 'utf8').replace(
      /<script id="dashboard-config" type="application\/json">[^<]*<\/script>/,
      `<script id="dashboard-config" type="application/json">${escapeJsonForHtml(config)}</script>`,
    );
    page = { body: Buffer.from(html), mtimeMs };
    return page.body;
  }

  function sendFile(res: ServerResponse, path: string, immutable: boolean): boolean {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      return false;
    }
    // Nothing outside the dist folder, whatever the path says (`..`, symlinks).
    if (!real.startsWith(realpathSync(dist) + sep)) return false;
    const type = TYPES[extname(real)];
    if (!type) return false;
    const body = readFileSync(real);
    res.writeHead(200, {
      'content-type': type,
      'content-length': body.length,
      // Vite puts a content hash in every asset name: a changed file is a new name.
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    res.end(body);
    return true;
  }

  async function mint(req: IncomingMessage, res: ServerResponse) {
    let id: unknown;
    try {
      id = (JSON.parse((await readBody(req, 4096)).toString('utf8')) as { id?: unknown }).id;
    } catch {
      return sendJson(res, 400, { error: 'body must be JSON: {"id": "<demo identity>"}' });
    }
    const identity = DEMO_IDENTITIES.find((i) => i.id === id);
    if (!identity) return sendJson(res, 400, { error: `unknown demo identity; one of ${DEMO_IDENTITIES.map((i) => i.id).join(', ')}` });
    const token = await signDemoToken(context.jwtSecret!, claimsOf(identity), {
      issuer: context.jwtIssuer,
      audience: context.jwtAudience,
      maxLifetimeSeconds: context.jwtMaxLifetimeSeconds,
      production: context.production,
    });
    return sendJson(res, 200, { token, identity }, { 'cache-control': 'no-store' });
  }

  /** Answers the request when it is the dashboard's; false lets the gateway go on. */
  async function handle(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
    if (pathname !== '/dashboard' && !pathname.startsWith('/dashboard/')) return false;
    if (demo && pathname === '/dashboard/demo-roles' && req.method === 'GET') {
      sendJson(res, 200, { identities: DEMO_IDENTITIES }, { 'cache-control': 'no-store' });
      return true;
    }
    if (demo && pathname === '/dashboard/demo-token' && req.method === 'POST') {
      await mint(req, res);
      return true;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (pathname === '/dashboard') {
      res.writeHead(308, { location: '/dashboard/' });
      res.end();
      return true;
    }
    if (pathname === '/dashboard/' || pathname === '/dashboard/index.html') {
      const body = indexPage();
      if (!body) {
        sendJson(res, 503, { error: 'the dashboard is not built: run `npm run build -w dashboard`' });
        return true;
      }
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': body.length,
        'content-security-policy': DASHBOARD_CSP,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      });
      res.end(body);
      return true;
    }
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice('/dashboard/'.length));
    } catch {
      return false;
    }
    return sendFile(res, join(dist, relative), relative.startsWith('assets/'));
  }

  return { handle };
}
