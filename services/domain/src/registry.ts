/**
 * The registry of subgraphs (registry.json): names, default ports and which subgraphs each one asks
 * about keys. Everything that lists the subgraphs reads it from here, so adding a domain is one entry
 * (`npm run new-subgraph` writes it) and not six edits.
 */
import { loadConfig, setting } from '@kansrijk/kit/src/config';
import registry from '../registry.json';

export interface SubgraphEntry {
  /** Also the folder `services/<name>`, the PostgreSQL schema and the `<NAME>_URL` variable. */
  name: string;
  /** Default port; `<NAME>_PORT` (npm start) or PORT (the process itself) override it. */
  port: number;
  title: string;
  /** Subgraphs whose keys this one checks before it writes them. */
  asks: string[];
}

export const SUBGRAPHS: readonly SubgraphEntry[] = registry.subgraphs;
export const GATEWAY_PORT: number = registry.gateway.port;

export function subgraphEntry(name: string): SubgraphEntry {
  const found = SUBGRAPHS.find((s) => s.name === name);
  if (!found) throw new Error(`Unknown subgraph ${name}; one of ${SUBGRAPHS.map((s) => s.name).join(', ')}`);
  return found;
}

/** The environment variable that holds a subgraph's GraphQL URL, e.g. PARTNERS_URL (YOUTH_CARE_URL for youth-care). */
export function urlVariable(name: string): string {
  return `${name.toUpperCase().replace(/-/g, '_')}_URL`;
}

/** The variable `npm start` reads a subgraph's port from, e.g. PARTNERS_PORT. */
export function portVariable(name: string): string {
  return `${name.toUpperCase().replace(/-/g, '_')}_PORT`;
}

/** What `services/<name>/src/subgraph.ts` exports its module as: the name in camelCase (youth-care: youthCare). */
export function moduleExport(name: string): string {
  return name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * Every subgraph's GraphQL URL: `<NAME>_URL` from the environment, else its default port on this
 * machine. A value that is not an http(s) URL stops the start (ConfigurationError naming the variable).
 */
export function subgraphUrlsFromEnv(environment: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const shape = Object.fromEntries(SUBGRAPHS.map(({ name, port }) => [urlVariable(name), setting.url(['http:', 'https:'], `http://127.0.0.1:${port}/graphql`)]));
  const urls = loadConfig('subgraph URLs', shape, environment) as Record<string, string>;
  return Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, urls[urlVariable(name)]]));
}
