/**
 * `npm run new-subgraph -- <name> [--entity <PascalCase>] [--field <camelCase>] [--title <text>]`
 *
 * Creates services/<name> in the shape of the other subgraphs (schema, entity, migration, loaders,
 * resolvers, an example seed, tests) and registers it: services/domain/registry.json (the next free
 * port), the root package.json's workspaces and package-lock.json, then `npm run generate`
 * (docker-compose.yml, the Dockerfile, the migrations index), `npm run codegen` (its resolver types) and `npm run compose`
 * (schemas/supergraph.graphql). Everything else (gateway, scripts, test stack, npm start) reads the
 * registry. Nothing is written when the name is refused or the new schema would not compose.
 * Exit code 2 on bad usage, 1 when a step fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { Kind, parse, type DocumentNode } from 'graphql';
import { UsageError, checkName, subgraphNames, type SubgraphNames, type Taken } from './scaffold/names';
import { formatRegistry, nextPort, withWorkspace, type RegistryFile } from './scaffold/registry-file';
import { schemaFile } from './scaffold/schema-file';
import { sourceFiles } from './scaffold/source-files';
import { testFiles } from './scaffold/test-files';

const ROOT = join(__dirname, '..');
const REGISTRY = join(ROOT, 'services', 'domain', 'registry.json');
const USAGE = 'usage: npm run new-subgraph -- <name> [--entity <PascalCase>] [--field <camelCase>] [--title <text>]';
/** The packages a subgraph runs on, at the versions the kit pins. */
const PLATFORM = ['@apollo/server', '@apollo/subgraph', 'dataloader', 'graphql', 'typeorm'];

interface Arguments {
  name: string;
  entity?: string;
  field?: string;
  title?: string;
}

export function parseArguments(argv: string[]): Arguments {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const key = arg.slice(2);
    if (!['entity', 'field', 'title'].includes(key)) throw new UsageError(`unknown option ${arg}`);
    const value = argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
    options[key] = value;
  }
  if (positional.length !== 1) throw new UsageError(positional.length ? `one name, not ${positional.length}: ${positional.join(' ')}` : 'the name of the new subgraph is missing');
  return { name: positional[0], ...options };
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const sdlOf = (name: string) => parse(readFileSync(join(ROOT, 'services', name, 'schema.graphql'), 'utf8'));

/** The type names and Municipality fields the existing subgraphs define, so the new ones do not clash. */
function takenNames(schemas: DocumentNode[]): Taken {
  const types = new Set<string>();
  const municipalityFields = new Set<string>();
  for (const doc of schemas) {
    for (const def of doc.definitions) {
      if (!('name' in def) || !def.name || def.kind === Kind.DIRECTIVE_DEFINITION) continue;
      types.add(def.name.value);
      if (def.name.value === 'Municipality' && 'fields' in def) for (const f of def.fields ?? []) municipalityFields.add(f.name.value);
    }
  }
  return { types, municipalityFields };
}

function run(command: string, args: string[]): void {
  process.stdout.write(`$ ${command} ${args.join(' ')}\n`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit code ${result.status ?? result.signal})`);
}

function write(files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(ROOT, path)), { recursive: true });
    writeFileSync(join(ROOT, path), content);
  }
}

export function scaffold(args: Arguments): SubgraphNames {
  const registry = readJson<RegistryFile>(REGISTRY);
  const existing = registry.subgraphs.map((s) => s.name);
  checkName(args.name, existing);
  const schemas = existing.map(sdlOf);
  const n = subgraphNames(args.name, args, takenNames(schemas));

  const dir = `services/${n.name}`;
  const kit = readJson<{ dependencies: Record<string, string> }>(join(ROOT, 'services', 'kit', 'package.json')).dependencies;
  const version = (pkg: string) => readJson<{ version: string }>(join(ROOT, 'services', pkg, 'package.json')).version;
  const dependencies: Record<string, string> = Object.fromEntries(
    [...PLATFORM.map((p) => [p, kit[p]]), ...['demo', 'domain', 'kit'].map((p) => [`@kansrijk/${p}`, version(p)])].sort(([a], [b]) => a.localeCompare(b)),
  );
  const files: Record<string, string> = {
    [`${dir}/schema.graphql`]: schemaFile(n),
    ...Object.fromEntries(Object.entries(sourceFiles(n, { timestamp: Date.now(), dependencies })).map(([path, content]) => [`${dir}/${path}`, content])),
    ...testFiles(n),
  };
  const present = [dir, ...Object.keys(files)].filter((path) => existsSync(join(ROOT, path)));
  if (present.length) throw new UsageError(`${present[0]} exists already: remove it or choose another name`);

  // Compose before writing anything, so a clash the name checks missed leaves the repository as it was.
  const composed = composeServices([
    ...existing.map((name, i) => ({ name, url: `http://localhost/${name}`, typeDefs: schemas[i] })),
    { name: n.name, url: `http://localhost/${n.name}`, typeDefs: parse(files[`${dir}/schema.graphql`]) },
  ]);
  if (composed.errors) throw new Error(`the new schema would not compose:\n${composed.errors.map((e) => `- ${e.message}`).join('\n')}`);

  write(files);
  const port = nextPort(registry);
  registry.subgraphs.push({ name: n.name, port, title: args.title ?? n.name, asks: [] });
  writeFileSync(REGISTRY, formatRegistry(registry));
  const pkgPath = join(ROOT, 'package.json');
  const pkg = readJson<{ workspaces?: string[] }>(pkgPath);
  if (pkg.workspaces) {
    pkg.workspaces = withWorkspace(pkg.workspaces, dir);
    writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);
  }
  process.stdout.write(`wrote ${dir} (port ${port}) and test/${n.name}.e2e.test.ts; registered it in services/domain/registry.json and package.json\n`);

  // The lock file must name the new workspace, or `npm ci` (CI, the Dockerfile) refuses it; only the
  // lock is written, node_modules is left alone. The generators read the registry afresh, so they run
  // as their own processes.
  run('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund']);
  run('npm', ['run', '-s', 'generate']);
  run('npm', ['run', '-s', 'codegen']);
  run('npm', ['run', '-s', 'compose']);
  return n;
}

function main() {
  try {
    const n = scaffold(parseArguments(process.argv.slice(2)));
    process.stdout.write(`
The ${n.name} subgraph is ready: ${n.entity} rows, on Municipality.${n.field}.
Next:
  npx jest services/${n.name} test/${n.name}.e2e.test.ts   # its tests
  npm run typecheck && npm run lint && npm run compose:check
  npm start                                                  # it starts with the others
Then describe the schema in services/${n.name}/schema.graphql, replace the example seed with real demo
data, and give it a title in services/domain/registry.json (docs/developing.md, "Adding a subgraph").
`);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`new-subgraph: ${error.message}\n${USAGE}\n`);
      process.exit(2);
    }
    process.stderr.write(`new-subgraph: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

if (require.main === module) main();
