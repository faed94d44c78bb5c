import { DefaultNamingStrategy } from 'typeorm';
import type { SubgraphNames } from './names';

/**
 * The new subgraph's source files, in the shape of the other four: entity, migration, loaders,
 * resolvers, seed, `src/subgraph.ts`, `src/index.ts` and package.json. Paths are relative to
 * services/<name>.
 */
export function sourceFiles(n: SubgraphNames, options: { timestamp: number; dependencies: Record<string, string> }): Record<string, string> {
  return {
    'package.json': packageJson(n, options.dependencies),
    [`src/entities/${n.entityFile}.ts`]: entity(n),
    'src/entities/index.ts': `import { ${n.entity} } from './${n.entityFile}';\n\nexport { ${n.entity} };\n\nexport const entities = [${n.entity}];\n`,
    [`src/migrations/${options.timestamp}-Init.ts`]: migration(n, options.timestamp),
    'src/loaders.ts': loaders(n),
    'src/mappers.ts': mappers(n),
    'src/resolvers/index.ts': resolversIndex(n),
    'src/resolvers/municipality.ts': municipalityResolver(n),
    [`src/resolvers/${n.entityFile}.ts`]: entityResolver(n),
    'src/seed/index.ts': seed(n),
    'src/subgraph.ts': subgraph(n),
    'src/index.ts': index(n),
  };
}

function packageJson(n: SubgraphNames, dependencies: Record<string, string>): string {
  const pkg = {
    name: `@kansrijk/${n.name}`,
    version: '0.1.0',
    private: true,
    main: 'src/subgraph.ts',
    scripts: { start: 'tsx src/index.ts' },
    dependencies,
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

function entity(n: SubgraphNames): string {
  return `import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One ${n.entity} of a municipality. Columns name their type: the runtime emits no decorator metadata. */
@Entity({ schema: '${n.name}', name: '${n.table}' })
export class ${n.entity} {
  @PrimaryColumn({ type: 'text' })
  id: string;

  /** The CBS code of the municipality (owned by partners); only the key is stored here. */
  @Index()
  @Column({ type: 'text', name: 'municipality_code' })
  municipalityCode: string;

  @Column({ type: 'text' })
  name: string;

  /** True for the made-up rows of the demo seed, so they can never pass for real data. */
  @Column({ type: 'boolean', default: false })
  example: boolean;
}
`;
}

/**
 * The first migration, as \`npm run migration:generate\` would write it for the entity above: the
 * constraint and index names come from TypeORM's naming strategy, so the entities and the migrated
 * schema agree (the subgraph's test checks that they do).
 */
function migration(n: SubgraphNames, timestamp: number): string {
  const naming = new DefaultNamingStrategy();
  const table = `"${n.name}"."${n.table}"`;
  const pk = naming.primaryKeyName(`${n.name}.${n.table}`, ['id']);
  const idx = naming.indexName(`${n.name}.${n.table}`, ['municipality_code']);
  const className = `Init${timestamp}`;
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Written by \`npm run new-subgraph -- ${n.name}\`, as \`npm run migration:generate -- ${n.name} Init\` writes it. */
export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(\`CREATE TABLE ${table} ("id" text NOT NULL, "municipality_code" text NOT NULL, "name" text NOT NULL, "example" boolean NOT NULL DEFAULT false, CONSTRAINT "${pk}" PRIMARY KEY ("id"))\`);
    await queryRunner.query(\`CREATE INDEX "${idx}" ON ${table}  ("municipality_code") \`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(\`DROP INDEX "${n.name}"."${idx}"\`);
    await queryRunner.query(\`DROP TABLE ${table}\`);
  }
}
`;
}

function loaders(n: SubgraphNames): string {
  return `import { groupedLoader, keyedLoader } from '@kansrijk/kit';
import { In, type DataSource } from 'typeorm';
import { ${n.entity} } from './entities';

/**
 * Per-request loaders: each batches every lookup of one kind in a request into one \`IN\` query, so
 * N references or N municipalities cost one statement, not N.
 */
export function createLoaders(db: DataSource) {
  return {
    ${n.entityLoader}: keyedLoader(
      (ids: readonly string[]) => db.getRepository(${n.entity}).findBy({ id: In([...ids]) }),
      (row) => row.id,
    ),
    /** A municipality's rows by name (id breaks ties, so the order is stable). */
    ${n.fieldLoader}: groupedLoader(
      (codes: readonly string[]) =>
        db.getRepository(${n.entity}).find({ where: { municipalityCode: In([...codes]) }, order: { name: 'ASC', id: 'ASC' } }),
      (row) => row.municipalityCode,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
`;
}

function resolversIndex(n: SubgraphNames): string {
  return `import type { Resolvers } from '../generated/graphql';
import { ${n.entity} } from './${n.entityFile}';
import { Municipality } from './municipality';

export const resolvers: Resolvers = {
  ${n.entity},
  Municipality,
};
`;
}

function mappers(n: SubgraphNames): string {
  return `/**
 * What the resolvers of each GraphQL type receive as parent, and so what a resolver returning that type
 * must return. \`npm run codegen\` maps every \`<Type>Mapper\` exported here to the GraphQL type \`<Type>\`.
 */
import type * as entities from './entities';

/** Partners owns municipalities: this subgraph holds only their codes. */
export interface MunicipalityMapper {
  code: string;
}

export type ${n.entity}Mapper = entities.${n.entity};
`;
}

function municipalityResolver(n: SubgraphNames): string {
  return `import type { MunicipalityResolvers } from '../generated/graphql';

/** Owned by partners: a reference is just its key; its ${n.field} come from a loader. */
export const Municipality: MunicipalityResolvers = {
  __resolveReference(ref) {
    return { code: ref.code };
  },
  ${n.field}(municipality, _, ctx) {
    return ctx.loaders.${n.fieldLoader}.load(municipality.code);
  },
};
`;
}

function entityResolver(n: SubgraphNames): string {
  return `import type { ${n.entity}Resolvers } from '../generated/graphql';

export const ${n.entity}: ${n.entity}Resolvers = {
  /** Through the keyed loader: the gateway's N references are one query; an unknown id is null. */
  __resolveReference(ref, ctx) {
    return ctx.loaders.${n.entityLoader}.load(ref.id);
  },
  municipality(row) {
    return { code: row.municipalityCode };
  },
};
`;
}

function seed(n: SubgraphNames): string {
  return `import { DEMO_MUNICIPALITIES } from '@kansrijk/demo';
import type { DataSource } from 'typeorm';
import { ${n.entity} } from '../entities';

/**
 * The municipalities whose demo data is the fullest (Venray, Maassluis, Voerendaal): each gets two
 * example rows, so a query shows the field working before any real data is loaded.
 */
export const EXAMPLE_MUNICIPALITIES = ['GM0984', 'GM0556', 'GM0986'];

/**
 * Made-up example rows, marked \`example: true\` and named as examples: no source document gives
 * them. Replace them with the domain's real demo data (a data file per source, as the other
 * subgraphs have) and drop the \`example\` column when nothing is made up any more.
 */
export function demoRows(): ${n.entity}[] {
  return EXAMPLE_MUNICIPALITIES.flatMap((code) => {
    const municipality = DEMO_MUNICIPALITIES.find((m) => m.code === code);
    if (!municipality) throw new Error(\`\${code} is not a demo municipality (@kansrijk/demo)\`);
    return [1, 2].map((number) => ({
      id: \`example-\${code.toLowerCase()}-\${number}\`,
      municipalityCode: code,
      name: \`Example \${number} of ${n.name} in \${municipality.name}\`,
      example: true,
    }));
  });
}

/** Upserts on the primary key with deterministic ids, in one transaction: a second run changes nothing. */
export async function seed(db: DataSource): Promise<void> {
  await db.transaction((tx) => tx.getRepository(${n.entity}).upsert(demoRows(), ['id']));
}

export async function hasData(db: DataSource): Promise<boolean> {
  return (await db.getRepository(${n.entity}).count()) > 0;
}
`;
}

function subgraph(n: SubgraphNames): string {
  return `/** The ${n.name} subgraph, declared once: the kit makes its server and data source from this. */
import { defineKansrijkSubgraph, type KansrijkContext } from '@kansrijk/domain';
import { entities } from './entities';
import { createLoaders, type Loaders } from './loaders';
import { migrations } from './migrations';
import { resolvers } from './resolvers';
import { hasData, seed } from './seed';

export const ${n.exportName} = defineKansrijkSubgraph({
  name: '${n.name}',
  entities,
  migrations,
  resolvers,
  loaders: createLoaders,
  seed,
  hasData,
});

/** What every resolver of this subgraph gets. */
export type Context = KansrijkContext<Loaders>;
`;
}

function index(n: SubgraphNames): string {
  return `/** The ${n.name} subgraph's process: \`node --import tsx services/${n.name}/src/index.ts\` (npm start and the image run this). */
// First: starts tracing when OTEL_* ask for it, before anything loads \`pg\` (docs/operations.md, "Traces").
import '@kansrijk/kit/src/tracing';
import { exitAfterFailedStart, runSubgraph } from '@kansrijk/kit';
import { subgraphUrlsFromEnv } from '@kansrijk/domain';
import { ${n.exportName} } from './subgraph';

runSubgraph(${n.exportName}, subgraphUrlsFromEnv).catch(exitAfterFailedStart);
`;
}
