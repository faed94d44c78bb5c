/**
 * The names a new subgraph is made of, derived from the one name given on the command line, and the
 * checks that refuse a name before anything is written (`npm run new-subgraph`).
 */
import { moduleExport } from '@kansrijk/domain/src/registry';

/** One lower-case word or words joined by single hyphens: `sport`, `youth-care`. */
const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const PASCAL = /^[A-Z][A-Za-z0-9]*$/;
const CAMEL = /^[a-z][A-Za-z0-9]*$/;
/** Short enough for `kansrijk-<name>` (the connection's application name) and `<NAME>_URL` to stay readable. */
const MAX_LENGTH = 30;

/**
 * Names a subgraph cannot take: the other packages and folders (services/kit, gateway, ...), the
 * docker-compose services, PostgreSQL's own schemas, and words JavaScript reserves (the module is
 * exported under the name from `src/subgraph.ts`).
 */
export const RESERVED = new Set([
  'kit', 'domain', 'demo', 'gateway', 'shared', 'schemas', 'scripts', 'test', 'tests', 'docs', 'node-modules', 'postgres', 'public',
  'information-schema', 'pg-catalog', 'pg-toast', 'migrations', 'subgraph', 'subgraphs', 'supergraph', 'registry', 'federation',
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export', 'extends',
  'false', 'finally', 'for', 'function', 'if', 'implements', 'import', 'in', 'instanceof', 'interface', 'let', 'new', 'null', 'package',
  'private', 'protected', 'static', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with',
  'yield', 'await', 'arguments', 'eval', 'undefined',
]);

/** GraphQL names a scaffolded entity type cannot take, besides the types other subgraphs define. */
const RESERVED_TYPES = new Set(['Query', 'Mutation', 'Subscription', 'String', 'Int', 'Float', 'Boolean', 'ID', 'Municipality']);

export interface SubgraphNames {
  /** `youth-care`: the folder, the registry entry, the PostgreSQL schema. */
  name: string;
  /** `youthCare`: what `src/subgraph.ts` exports. */
  exportName: string;
  /** `YouthCareRecord`: the entity class and GraphQL type. */
  entity: string;
  /** `youth-care-record`: the entity's file names. */
  entityFile: string;
  /** `youth_care_record`: its table. */
  table: string;
  /** `youthCareRecord`: the keyed loader. */
  entityLoader: string;
  /** `youthCareRecords`: the field on Municipality. */
  field: string;
  /** `youthCareRecordsByMunicipality`: the grouped loader behind the field. */
  fieldLoader: string;
}

export const camelCase = (kebab: string) => kebab.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
export const pascalCase = (kebab: string) => camelCase(kebab).replace(/^./, (c) => c.toUpperCase());
const kebabCase = (pascal: string) => pascal.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** English plural of the last word, for the default field name; `--field` overrides it. */
export function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

export class UsageError extends Error {}

/** Refuses a name that is malformed, taken or reserved, with the reason; otherwise returns nothing. */
export function checkName(name: string, existing: readonly string[]): void {
  if (!NAME.test(name)) {
    throw new UsageError(`"${name}" is not a subgraph name: use lower-case letters and digits, one word or words joined by single hyphens (e.g. sport, youth-care)`);
  }
  if (name.length > MAX_LENGTH) throw new UsageError(`"${name}" is too long: at most ${MAX_LENGTH} characters`);
  if (existing.includes(name)) throw new UsageError(`"${name}" is already a subgraph (services/domain/registry.json lists ${existing.join(', ')})`);
  if (RESERVED.has(name) || name.startsWith('pg-')) throw new UsageError(`"${name}" is reserved (a package, folder, PostgreSQL schema or JavaScript word): choose another name`);
}

export interface Taken {
  /** Every type name the existing subgraphs define. */
  types: ReadonlySet<string>;
  /** Every field the existing subgraphs put on Municipality. */
  municipalityFields: ReadonlySet<string>;
}

/** Every name of the new subgraph; `entity` and `field` as given on the command line, or derived from the name. */
export function subgraphNames(name: string, options: { entity?: string; field?: string }, taken: Taken): SubgraphNames {
  const entity = options.entity ?? `${pascalCase(name)}Record`;
  if (!PASCAL.test(entity)) throw new UsageError(`--entity ${entity}: an entity name is PascalCase (e.g. SportClub)`);
  if (RESERVED_TYPES.has(entity) || taken.types.has(entity)) throw new UsageError(`--entity ${entity}: another subgraph already defines the type ${entity}`);
  const field = options.field ?? plural(lowerFirst(entity));
  if (!CAMEL.test(field)) throw new UsageError(`--field ${field}: a field name is camelCase (e.g. sportClubs)`);
  if (field === 'code' || taken.municipalityFields.has(field)) throw new UsageError(`--field ${field}: Municipality already has a field ${field}`);
  const entityFile = kebabCase(entity);
  return {
    name,
    exportName: moduleExport(name),
    entity,
    entityFile,
    table: entityFile.replace(/-/g, '_'),
    entityLoader: lowerFirst(entity),
    field,
    fieldLoader: `${field}ByMunicipality`,
  };
}
