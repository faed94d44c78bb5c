/**
 * The explorer's page over HTTP (the browser test, test/explorer.browser.test.ts, presses Run in it):
 * one tab per role and operation with that role's own token, each answering as tabs.json says, and no
 * explorer and no demo token in production.
 */
import { readFileSync } from 'node:fs';
import { DEMO_ROLE_CLAIMS } from '../gateway/src/demo-roles';
import { loadTabs } from '../gateway/src/explorer';
import { createGateway } from '../gateway/src/server';
import { verifyToken } from '../gateway/src/tokens';
import { SUPERGRAPH_FILE } from '../scripts/subgraphs';
import { TEST_JWT_SECRET, operation, startStack, type Stack } from './stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack?.close());

const root = () => stack.gatewayUrl.replace(/\/graphql$/, '');

async function pageConfig(url: string) {
  const response = await fetch(`${url}/`);
  const html = await response.text();
  const json = /<script id="explorer-config" type="application\/json">(.*?)<\/script>/s.exec(html)![1];
  return { response, config: JSON.parse(json) as { tabs: { query: string; variables: string; headers: string }[]; defaultHeaders: string; glossary: Record<string, string> } };
}

describe('the explorer page', () => {
  it('has one tab per role and operation, each with its variables and a token of its role, not cached', async () => {
    const { response, config } = await pageConfig(root());
    expect(response.headers.get('cache-control')).toBe('no-store');
    const tabs = loadTabs();
    expect(config.tabs).toHaveLength(tabs.length);
    expect(new Set(tabs.map((t) => t.role))).toEqual(new Set(['analyst', 'lea', 'partner']));
    for (const [i, tab] of tabs.entries()) {
      const shown = config.tabs[i];
      expect(shown.query).toContain(operation(tab.file));
      expect(shown.query).toContain(DEMO_ROLE_CLAIMS[tab.role].label);
      expect(JSON.parse(shown.variables)).toEqual(tab.variables);
      const token = JSON.parse(shown.headers).Authorization.replace(/^Bearer /, '');
      expect(await verifyToken(token, { secret: TEST_JWT_SECRET })).toEqual({ ok: true, claims: DEMO_ROLE_CLAIMS[tab.role].claims });
    }
    expect(config.glossary['Municipality']).toBe('gemeente');
  });

  it('answers every tab as it says: the data, or FORBIDDEN for a role without the right', async () => {
    const { config } = await pageConfig(root());
    const tabs = loadTabs();
    expect(tabs.filter((t) => t.expect === 'FORBIDDEN').map((t) => t.role).sort()).toEqual(['analyst', 'lea', 'partner']);
    for (const [i, tab] of tabs.entries()) {
      const token = JSON.parse(config.tabs[i].headers).Authorization.replace(/^Bearer /, '');
      const res = await stack.query(config.tabs[i].query, JSON.parse(config.tabs[i].variables), token);
      const codes = (res.errors ?? []).map((e) => e.extensions?.code);
      expect({ tab: i, codes }).toEqual({ tab: i, codes: tab.expect === 'FORBIDDEN' ? ['FORBIDDEN'] : [] });
      expect(res.data).toBeTruthy();
    }
  });
});

describe('a gateway without JWT_SECRET (an identity provider\'s keys only)', () => {
  it('cannot mint role tokens: its explorer shows the contract operations with DEMO_TOKEN', async () => {
    const gateway = await createGateway({
      supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
      subgraphUrls: stack.subgraphUrls,
      jwksUrl: 'http://127.0.0.1:9/jwks.json',
      subgraphSecret: 'test-subgraph-secret',
      explorer: { demoToken: 'a-token-from-the-identity-provider' },
    }).listen(0);
    try {
      const { config } = await pageConfig(gateway.url.replace(/\/graphql$/, ''));
      expect(config.tabs.length).toBeGreaterThanOrEqual(8);
      expect(config.tabs[0].query).toContain('query LeaOverview');
      expect(JSON.parse(config.tabs[0].variables)).toEqual({ code: 'GM0984', year: 2023 });
      expect(new Set(config.tabs.map((t) => JSON.parse(t.headers).Authorization))).toEqual(new Set(['Bearer a-token-from-the-identity-provider']));
    } finally {
      await gateway.close();
    }
  });
});

describe('in production', () => {
  it('serves no explorer, no explorer file and no demo token', async () => {
    const gateway = await createGateway({
      supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
      subgraphUrls: stack.subgraphUrls,
      jwtSecret: TEST_JWT_SECRET,
      jwtIssuer: 'https://login.example-gemeente.nl/',
      jwtAudience: 'kansrijk',
      subgraphSecret: 'test-subgraph-secret',
      production: true,
      explorer: { demoToken: 'must-not-show' },
    }).listen(0);
    try {
      const base = gateway.url.replace(/\/graphql$/, '');
      for (const path of ['/', '/explorer/explorer.js', '/explorer/graphiql.min.js']) {
        const response = await fetch(`${base}${path}`);
        const body = await response.text();
        expect({ path, status: response.status }).toEqual({ path, status: 404 });
        expect(body).not.toMatch(/must-not-show|eyJ/);
      }
    } finally {
      await gateway.close();
    }
  });
});
