/**
 * Every environment variable the gateway reads, checked at start: a bad or missing one stops it with one
 * line per variable. In production, demo settings, weak secrets and tokens not bound to an issuer and an
 * audience stop the start too.
 */
import { join } from 'node:path';
import { ConfigurationError, commonSettings, loadConfig, metricsProblems, metricsSettings, serverLimitProblems, serverSettings, setting } from '@kansrijk/kit';
import { GATEWAY_PORT, SUBGRAPHS, urlVariable } from '@kansrijk/domain/src/registry';
import { corsOriginsSetting } from './cors';
import { limitSettings } from './limits';
import { resilienceProblems, resilienceSettings } from './resilience';
import { DEFAULT_MAX_TOKEN_LIFETIME_SECONDS } from './tokens';

export const gatewaySettings = {
  ...commonSettings,
  PORT: setting.port(GATEWAY_PORT),
  /** HS256 token secret; JWKS_URL (RS256) may be given besides or instead. */
  JWT_SECRET: setting.optionalSecret(),
  JWKS_URL: setting.optionalUrl(['https:', 'http:']),
  /** Every token's `iss` and `aud` must match these; both required in production. */
  JWT_ISSUER: setting.optionalText(),
  JWT_AUDIENCE: setting.optionalText(),
  /** The longest lifetime (`exp - iat`) a token may have. */
  JWT_MAX_LIFETIME_SECONDS: setting.integer(DEFAULT_MAX_TOKEN_LIFETIME_SECONDS, { min: 60 }),
  SUBGRAPH_SECRET: setting.secret(),
  /** A token the explorer offers to try the examples with (development only). */
  DEMO_TOKEN: setting.optionalText(),
  SUPERGRAPH_FILE: setting.text(join(__dirname, '..', '..', 'schemas', 'supergraph.graphql')),
  SUBGRAPH_TIMEOUT_MS: setting.integer(5_000, { min: 1 }),
  SUBGRAPH_MAX_SOCKETS: setting.integer(32, { min: 1 }),
  ...resilienceSettings,
  /** Origins whose pages may call the gateway from a browser, comma-separated; none by default. */
  CORS_ORIGINS: corsOriginsSetting(),
  ...limitSettings,
  ...serverSettings,
  /** METRICS_PORT, METRICS_HOST, METRICS_TOKEN: where /metrics is served and how it is protected. */
  ...metricsSettings,
  // PARTNERS_URL etc.: where each subgraph is; unset, the URL composed into the supergraph is used.
  ...Object.fromEntries(SUBGRAPHS.map(({ name }) => [urlVariable(name), setting.optionalUrl(['http:', 'https:'])])),
};

export function gatewayConfig(environment: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig('gateway', gatewaySettings, environment);
  const production = config.NODE_ENV === 'production';
  const problems: { variable: string; message: string }[] = [];
  if (production && config.DEMO_TOKEN) problems.push({ variable: 'DEMO_TOKEN', message: 'must not be set in production' });
  if (!config.JWT_SECRET && !config.JWKS_URL) problems.push({ variable: 'JWT_SECRET', message: 'set JWT_SECRET (HS256) or JWKS_URL (RS256)' });
  // Without them a token issued for another service, or by another issuer holding a key, would do.
  if (production && !config.JWT_ISSUER) problems.push({ variable: 'JWT_ISSUER', message: "must be set in production (every token's iss must match it)" });
  if (production && !config.JWT_AUDIENCE) problems.push({ variable: 'JWT_AUDIENCE', message: "must be set in production (every token's aud must match it)" });
  // An allow-list in production is one a reviewer can read; `*` is for trying a local client.
  if (production && config.CORS_ORIGINS.includes('*')) problems.push({ variable: 'CORS_ORIGINS', message: 'must list the origins in production, not *' });
  problems.push(...serverLimitProblems(config), ...metricsProblems(config));
  problems.push(...resilienceProblems(config, environment));
  if (problems.length) throw new ConfigurationError('gateway', problems);
  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.map(({ name }) => [name, (config as Record<string, unknown>)[urlVariable(name)] as string | undefined]).filter(([, url]) => url),
  ) as Record<string, string>;
  return { ...config, production, subgraphUrls };
}
