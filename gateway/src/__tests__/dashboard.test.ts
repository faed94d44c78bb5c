import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { createGateway } from '../server';
import { verifyToken } from '../tokens';
import { DASHBOARD_CSP } from '../dashboard';

const SUPERGRAPH = readFileSync(join(__dirname, '..', '..', '..', 'schemas', 'supergraph.graphql'), 'utf8');
const SECRET = 'dashboard-test-secret';

/** A stand-in for dashboard/dist: what `vite build` writes, small. */
function fakeDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'kansrijk-dashboard-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><html><head><script id="dashboard-config" type="application/json">{}</script><script type="module" src="/dashboard/assets/index-abc123.js"></script></head><body></body></html>',
  );
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log("dashboard")');
  writeFileSync(join(dist, 'assets', 'index-abc123.css'), 'body{}');
  writeFileSync(join(tmpdir(), 'kansrijk-dashboard-secret.txt'), 'outside the dist folder');
  return dist;
}

async function gatewayWith(options: { production: boolean }) {
  return createGateway({
    supergraphSdl: SUPERGRAPH,
    jwtSecret: SECRET,
    subgraphSecret: 'subgraph-secret',
    ...(options.production ? { production: true, jwtIssuer: 'https://login.example-gemeente.nl/', jwtAudience: 'kansrijk' } : {}),
    dashboard: { demoToken: 'the-demo-token', dist: fakeDist() },
  }).listen(0);
}

const configOf = (html: string) => JSON.parse(/<script id="dashboard-config" type="application\/json">([^<]*)<\/script>/.exec(html)![1]);

describe('the dashboard at /dashboard', () => {
  it('serves the page with its CSP and the demo token, and hashed assets as immutable files of their type', async () => {
    const gateway = await gatewayWith({ production: false });
    const origin = new URL(gateway.url).origin;
    try {
      const redirect = await fetch(`${origin}/dashboard`, { redirect: 'manual' });
      expect(redirect.status).toBe(308);
      expect(redirect.headers.get('location')).toBe('/dashboard/');
      const page = await fetch(`${origin}/dashboard/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('content-security-policy')).toBe(DASHBOARD_CSP);
      expect(DASHBOARD_CSP).toContain("script-src 'self'");
      expect(DASHBOARD_CSP).not.toMatch(/script-src[^;]*unsafe/);
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(configOf(await page.text())).toEqual({ endpoint: '/graphql', token: 'the-demo-token', demoRoles: true });

      const script = await fetch(`${origin}/dashboard/assets/index-abc123.js`);
      expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect((await fetch(`${origin}/dashboard/assets/index-abc123.css`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
      expect((await fetch(`${origin}/dashboard/assets/missing.js`)).status).toBe(404);
      // Nothing outside dist, however the path is spelled.
      for (const path of ['/dashboard/../kansrijk-dashboard-secret.txt', '/dashboard/%2e%2e/kansrijk-dashboard-secret.txt', '/dashboard/assets/%2e%2e%2f%2e%2e%2fkansrijk-dashboard-secret.txt', '/dashboard/%E0%A4%A']) {
        const response = await fetch(`${origin}${path}`);
        expect(response.status).toBe(404);
        expect(await response.text()).not.toContain('outside the dist folder');
      }
    } finally {
      await gateway.close();
    }
  });

  it('mints demo tokens for the role picker outside production, only for the listed identities', async () => {
    const gateway = await gatewayWith({ production: false });
    const origin = new URL(gateway.url).origin;
    try {
      const roles = (await (await fetch(`${origin}/dashboard/demo-roles`)).json()) as { identities: { id: string }[] };
      expect(roles.identities.map((i) => i.id)).toEqual(expect.arrayContaining(['analyst', 'lea-venray', 'partner-t-nest']));
      const mint = (body: string) => fetch(`${origin}/dashboard/demo-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const minted = (await (await mint(JSON.stringify({ id: 'lea-venray' }))).json()) as { token: string };
      const check = await verifyToken(minted.token, { secret: SECRET });
      expect(check).toEqual({ ok: true, claims: { sub: 'demo-lea-venray', roles: ['lea'], municipalities: ['GM0984'], organisations: [] } });
      // No admin, no officer, nothing made up by the caller.
      expect((await mint(JSON.stringify({ id: 'admin' }))).status).toBe(400);
      expect((await mint(JSON.stringify({ id: 'x', roles: ['admin'] }))).status).toBe(400);
      expect((await mint('not json')).status).toBe(400);
    } finally {
      await gateway.close();
    }
  });

  it('in production has no demo token in the page and no role picker endpoints', async () => {
    const gateway = await gatewayWith({ production: true });
    const origin = new URL(gateway.url).origin;
    try {
      const page = await fetch(`${origin}/dashboard/`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).not.toContain('the-demo-token');
      expect(configOf(html)).toEqual({ endpoint: '/graphql', token: '', demoRoles: false });
      expect((await fetch(`${origin}/dashboard/demo-roles`)).status).toBe(404);
      const mint = await fetch(`${origin}/dashboard/demo-token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: 'analyst' }) });
      expect(mint.status).toBe(404);
      expect(await mint.text()).not.toMatch(/eyJ/);
    } finally {
      await gateway.close();
    }
  });
});
