/**
 * Composes the four subgraph SDLs into schemas/supergraph.graphql with @apollo/composition (the same
 * library rover uses). `--check` recomposes and fails when composition reports an error or the
 * committed file is stale, so a broken or forgotten composition cannot land.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { ROOT, SUBGRAPHS, SUPERGRAPH_FILE, schemaFile } from './subgraphs';

export function compose(): string {
  const result = composeServices(
    SUBGRAPHS.map(({ name, port }) => ({
      name,
      url: `http://localhost:${port}/graphql`,
      typeDefs: parse(readFileSync(schemaFile(name), 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  const header = '# Composed by `npm run compose` from services/*/schema.graphql. Do not edit by hand.\n';
  return header + result.supergraphSdl + '\n';
}

function main() {
  const check = process.argv.includes('--check');
  let composed: string;
  try {
    composed = compose();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const file = relative(ROOT, SUPERGRAPH_FILE);
  if (check) {
    let committed = '';
    try {
      committed = readFileSync(SUPERGRAPH_FILE, 'utf8');
    } catch {
      // missing file: reported as stale below
    }
    if (committed !== composed) {
      console.error(`${file} is stale: run \`npm run compose\` and commit the result.`);
      process.exit(1);
    }
    console.log(`${file} is up to date.`);
    return;
  }
  writeFileSync(SUPERGRAPH_FILE, composed);
  console.log(`Wrote ${file}.`);
}

if (require.main === module) main();
