/**
 * Every type, field, argument and enum value of every subgraph SDL carries a description, because
 * analysts read the schema in the explorer and the Dutch term is how they find things.
 */
import { readFileSync } from 'node:fs';
import { parse, visit, type ASTNode } from 'graphql';
import { SUBGRAPHS, schemaFile } from '../scripts/subgraphs';

const DESCRIBED_KINDS = new Set([
  'ObjectTypeDefinition',
  'InputObjectTypeDefinition',
  'EnumTypeDefinition',
  'ScalarTypeDefinition',
  'InterfaceTypeDefinition',
  'UnionTypeDefinition',
  'FieldDefinition',
  'InputValueDefinition',
  'EnumValueDefinition',
]);

function undocumented(sdl: string): string[] {
  const missing: string[] = [];
  const path: string[] = [];
  visit(parse(sdl), {
    enter(node: ASTNode) {
      if (!DESCRIBED_KINDS.has(node.kind)) return;
      const name = (node as { name: { value: string } }).name.value;
      path.push(name);
      if (!(node as { description?: { value: string } }).description?.value.trim()) missing.push(path.join('.'));
    },
    leave(node: ASTNode) {
      if (DESCRIBED_KINDS.has(node.kind)) path.pop();
    },
  });
  return missing;
}

describe('schema descriptions', () => {
  it.each(SUBGRAPHS.map((s) => s.name))('%s describes every type, field, argument and enum value', (name) => {
    expect(undocumented(readFileSync(schemaFile(name), 'utf8'))).toEqual([]);
  });

  it('finds a missing description', () => {
    expect(undocumented('"""A"""\ntype A { """b""" b(x: Int): Int c: Int }')).toEqual(['A.b.x', 'A.c']);
  });
});
