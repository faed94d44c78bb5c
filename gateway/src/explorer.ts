import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { demoRoles, type DemoRole, type DemoRoleId, type DemoTokenOptions } from './demo-roles';
import { dutchGlossary } from './dutch-terms';

const EXAMPLES_DIR = join(__dirname, '..', 'examples');
const PUBLIC_DIR = join(__dirname, '..', 'public');

/** GraphiQL and React come from npm (no CDN): the explorer works offline and on a closed network. */
const ASSETS: Record<string, { file: string; type: string }> = {
  'graphiql.min.js': { file: require.resolve('graphiql/graphiql.min.js'), type: 'text/javascript' },
  'graphiql.min.css': { file: require.resolve('graphiql/graphiql.min.css'), type: 'text/css' },
  'react.production.min.js': { file: join(dirname(require.resolve('react')), 'umd', 'react.production.min.js'), type: 'text/javascript' },
  'react-dom.production.min.js': { file: join(dirname(require.resolve('react-dom')), 'umd', 'react-dom.production.min.js'), type: 'text/javascript' },
  'explorer.js': { file: join(PUBLIC_DIR, 'explorer.js'), type: 'text/javascript' },
};

export interface ExplorerExample {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** The contract operations, with demo variables: the tabs when no demo role can be minted (JWKS only). */
export function loadExamples(): ExplorerExample[] {
  const variables = JSON.parse(readFileSync(join(EXAMPLES_DIR, 'variables.json'), 'utf8')) as Record<string, Record<string, unknown>>;
  return Object.keys(variables)
    .sort((a, b) => (a === 'lea-overview.graphql' ? -1 : b === 'lea-overview.graphql' ? 1 : a.localeCompare(b)))
    .map((file) => ({ name: file, query: readFileSync(join(EXAMPLES_DIR, file), 'utf8'), variables: variables[file] }));
}

/** One example tab per role and operation (gateway/examples/tabs.json): what that role would run. */
export interface ExplorerTab {
  role: DemoRoleId;
  file: string;
  variables: Record<string, unknown>;
  /** What the role gets: the data, or FORBIDDEN where it lacks the right (child-level records). */
  expect: 'data' | 'FORBIDDEN';
  /** Dutch: what the tab shows, written above the operation. */
  note: string;
}

export function loadTabs(): ExplorerTab[] {
  const tabs = JSON.parse(readFileSync(join(EXAMPLES_DIR, 'tabs.json'), 'utf8')) as ExplorerTab[];
  const files = readdirSync(EXAMPLES_DIR);
  const missing = tabs.find((tab) => !files.includes(tab.file));
  if (missing) throw new Error(`gateway/examples/tabs.json names ${missing.file}, which is not in gateway/examples`);
  return tabs;
}

/** GraphiQL's tab contents: every value is the editor text, so JSON is pretty-printed here. */
interface PageTab {
  query: string;
  variables: string;
  headers: string;
}

const headersOf = (token: string | undefined) => JSON.stringify(token ? { Authorization: `Bearer ${token}` } : {}, null, 2);

/** Wraps a Dutch note into `#` comment lines of about 72 characters, to fit the query editor. */
function commentLines(text: string): string {
  const lines: string[] = [];
  let line = '#';
  for (const word of text.split(/\s+/)) {
    if (line.length + word.length > 72 && line !== '#') {
      lines.push(line);
      line = '#';
    }
    line += ` ${word}`;
  }
  return [...lines, line].join('\n');
}

export function roleTabs(tabs: ExplorerTab[], roles: DemoRole[]): PageTab[] {
  const byId = new Map(roles.map((r) => [r.id, r]));
  return tabs.map((tab) => {
    const role = byId.get(tab.role);
    if (!role) throw new Error(`tabs.json names the role ${tab.role}, which demoRoles does not mint`);
    const header = `${commentLines(`Als ${role.label}. ${tab.note}`)}\n# Het token van deze rol staat onder Headers; verwacht: ${tab.expect === 'data' ? 'data' : 'FORBIDDEN'}.\n`;
    return { query: header + readFileSync(join(EXAMPLES_DIR, tab.file), 'utf8'), variables: JSON.stringify(tab.variables, null, 2), headers: headersOf(role.token) };
  });
}

const escapeJsonForHtml = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export interface ExplorerPage {
  tabs: PageTab[];
  /** The headers of a tab opened with "+". */
  defaultHeaders: string;
  /** Dutch terms by `Type`, `Type.field` and `Enum.VALUE`, shown beside the names in the docs pane. */
  glossary: Record<string, string>;
  /** The demo roles' tokens and short names: a tab whose headers hold a token is marked with its role. */
  roles: { short: string; token: string }[];
}

export function explorerHtml(page: ExplorerPage): string {
  const config = { endpoint: '/graphql', ...page };
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Kansrijk GraphQL explorer</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/explorer/graphiql.min.css">
<style>
html, body, #explorer { height: 100%; margin: 0; }
/* The Dutch term of a type, field or enum value, beside its English name in the docs pane (explorer.js). */
/* The role whose token a tab carries, before its title (explorer.js). */
.graphiql-tab-button[data-role] { white-space: nowrap; }
[data-role]::before { content: attr(data-role); display: inline-block; white-space: nowrap; margin-right: 0.4em; padding: 0 0.35em; border-radius: 4px; font-size: 0.8em; background: hsla(var(--color-secondary), 0.15); }
[data-dutch]::after { content: attr(data-dutch); margin-left: 0.5em; padding: 0 0.4em; border-radius: 4px; font-size: 0.85em; font-style: italic; font-weight: normal; background: hsla(var(--color-primary), 0.1); color: hsla(var(--color-neutral), 0.8); }
</style>
</head>
<body>
<div id="explorer">Loading the Kansrijk explorer…</div>
<script id="explorer-config" type="application/json">${escapeJsonForHtml(config)}</script>
<script src="/explorer/react.production.min.js"></script>
<script src="/explorer/react-dom.production.min.js"></script>
<script src="/explorer/graphiql.min.js"></script>
<script src="/explorer/explorer.js"></script>
</body>
</html>`;
}

export interface ExplorerOptions {
  supergraphSdl: string;
  /** Filled into the headers of a new tab, and of every tab when no role token can be minted. */
  demoToken?: string;
  /** The gateway's JWT_SECRET: with it every tab carries a token of its own role, minted per page. */
  jwtSecret?: string;
  tokens?: Omit<DemoTokenOptions, 'production'>;
}

/**
 * The explorer's page. The role tokens are minted for every page load, so an open explorer never holds
 * a token older than a working day, and no token is kept in the browser's storage (explorer.js).
 */
export function createExplorer(options: ExplorerOptions) {
  // Read on the first page load, not when the gateway is built: most gateways (tests, benchmarks) never serve one.
  let loaded: { glossary: Record<string, string>; tabs: ExplorerTab[]; examples: PageTab[] } | null = null;
  const load = () =>
    (loaded ??= {
      glossary: dutchGlossary(options.supergraphSdl),
      tabs: loadTabs(),
      examples: loadExamples().map((e) => ({ query: e.query, variables: JSON.stringify(e.variables, null, 2), headers: headersOf(options.demoToken) })),
    });
  return {
    async page(): Promise<string> {
      const { glossary, tabs, examples } = load();
      if (!options.jwtSecret) return explorerHtml({ tabs: examples, defaultHeaders: headersOf(options.demoToken), glossary, roles: [] });
      const roles = await demoRoles(options.jwtSecret, { ...options.tokens, production: false });
      return explorerHtml({
        tabs: roleTabs(tabs, roles),
        defaultHeaders: headersOf(options.demoToken ?? roles.find((r) => r.id === 'analyst')?.token),
        glossary,
        roles: roles.map(({ short, token }) => ({ short, token })),
      });
    },
  };
}

const cache = new Map<string, Buffer>();

export function serveAsset(name: string, res: ServerResponse): boolean {
  const asset = ASSETS[name];
  if (!asset) return false;
  let body = cache.get(name);
  if (!body) {
    body = readFileSync(asset.file);
    cache.set(name, body);
  }
  res.writeHead(200, { 'content-type': `${asset.type}; charset=utf-8`, 'content-length': body.length, 'cache-control': 'public, max-age=3600' });
  res.end(body);
  return true;
}

/** The explorer runs only its own files: no inline script, no remote origin. */
export const EXPLORER_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'";
