/**
 * Secrets of the demo stack. JWT_SECRET and SUBGRAPH_SECRET come from the environment when set;
 * otherwise `npm start` and `npm run token` share random ones kept in .data/secrets.json, so a token
 * printed by one is accepted by the other. Never used when NODE_ENV=production.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './subgraphs';

// An empty KANSRIJK_DATA_DIR is no directory: `||`, so it falls back rather than meaning the current one.
export const DATA_DIR = process.env.KANSRIJK_DATA_DIR || join(ROOT, '.data');

export interface Secrets {
  jwtSecret: string;
  subgraphSecret: string;
  demo: boolean;
}

export function loadSecrets(): Secrets {
  if (process.env.JWT_SECRET && process.env.SUBGRAPH_SECRET) {
    return { jwtSecret: process.env.JWT_SECRET, subgraphSecret: process.env.SUBGRAPH_SECRET, demo: false };
  }
  if (process.env.NODE_ENV === 'production') throw new Error('JWT_SECRET and SUBGRAPH_SECRET must be set in production');
  const file = join(DATA_DIR, 'secrets.json');
  let stored: Partial<Secrets> = {};
  if (existsSync(file)) stored = JSON.parse(readFileSync(file, 'utf8'));
  const secrets: Secrets = {
    jwtSecret: process.env.JWT_SECRET ?? stored.jwtSecret ?? randomBytes(32).toString('base64url'),
    subgraphSecret: process.env.SUBGRAPH_SECRET ?? stored.subgraphSecret ?? randomBytes(32).toString('base64url'),
    demo: true,
  };
  if (stored.jwtSecret !== secrets.jwtSecret || stored.subgraphSecret !== secrets.subgraphSecret) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, JSON.stringify({ jwtSecret: secrets.jwtSecret, subgraphSecret: secrets.subgraphSecret }, null, 2), { mode: 0o600 });
  }
  return secrets;
}
