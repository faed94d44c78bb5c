/**
 * Every environment variable the gateway reads, checked at start: a bad or missing one stops it with one
 * line per variable. In production, demo settings and weak secrets stop the start too.
 */
import { join } from 'node:path';
import { ConfigurationError, commonSettings, loadConfig, setting } from '@kansrijk/kit';
import { GATEWAY_PORT, SUBGRAPHS, urlVariable } from '@kansrijk/domain/src/registry';
import { limitSettings } from './limits';

export const gatewaySettings = {
  ...commonSettings,
  PORT: setting.port(GATEWAY_PORT),
  /** HS256 token secret; JWKS_URL (RS256) may be given besides or instead. */
  JWT_SECRET: setting.optionalSecret(),
  JWKS_URL: setting.optionalUrl(['https:', 'http:']),
  JWT_ISSUER: setting.optionalText(),
  JWT_AUDIENCE: setting.optionalText(),
  SUBGRAPH_SECRET: setting.secret(),
  /** A token the explorer offers to try the examples with (development only). */
  DEMO_TOKEN: setting.optionalText(),
  SUPERGRAPH_FILE: setting.text(join(__dirname, '..', '..', 'schemas', 'supergraph.graphql')),
  SUBGRAPH_TIMEOUT_MS: setting.integer(5_000, { min: 1 }),
  SUBGRAPH_MAX_SOCKETS: setting.integer(32, { min: 1 }),
  ...limitSettings,
  // PARTNERS_URL etc.: where each subgraph is; unset, the URL composed into the supergraph is used.
  ...Object.fromEntries(SUBGRAPHS.map(({ name }) => [urlVariable(name), setting.optionalUrl(['http:', 'https:'])])),
};

export function gatewayConfig(environment: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig('gateway', gatewaySettings, environment);
  const production = config.NODE_ENV === 'production';
  const problems: { variable: string; message: string }[] = [];
  if (production && config.DEMO_TOKEN) problems.push({ variable: 'DEMO_TOKEN', message: 'must not be set in production' });
  if (!config.JWT_SECRET && !config.JWKS_URL) problems.push({ variable: 'JWT_SECRET', message: 'set JWT_SECRET (HS256) or JWKS_URL (RS256)' });
  if (problems.length) throw new ConfigurationError('gateway', problems);
  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.map(({ name }) => [name, (config as Record<string, unknown>)[urlVariable(name)] as string | undefined]).filter(([, url]) => url),
  ) as Record<string, string>;
  return { ...config, production, subgraphUrls };
}
