import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ServerResponse } from 'node:http';

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

/** The contract operations, with demo variables, as the explorer's starting tabs. */
export function loadExamples(): ExplorerExample[] {
  const variables = JSON.parse(readFileSync(join(EXAMPLES_DIR, 'variables.json'), 'utf8')) as Record<string, Record<string, unknown>>;
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => (a === 'lea-overview.graphql' ? -1 : b === 'lea-overview.graphql' ? 1 : a.localeCompare(b)))
    .map((file) => ({ name: file, query: readFileSync(join(EXAMPLES_DIR, file), 'utf8'), variables: variables[file] ?? {} }));
}

const escapeJsonForHtml = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function explorerPage(demoToken: string | undefined): string {
  const config = { endpoint: '/graphql', token: demoToken ?? '', examples: loadExamples() };
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Kansrijk GraphQL explorer</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/explorer/graphiql.min.css">
<style>html, body, #explorer { height: 100%; margin: 0; }</style>
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
