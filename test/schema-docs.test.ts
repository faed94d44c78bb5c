/**
 * Every type, field, argument and enum value of every subgraph SDL carries a description, because
 * analysts read the schema in the explorer and the Dutch term is how they find things.
 */
import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { buildSchema, getNamedType, isEnumType, parse, TypeInfo, visit, visitWithTypeInfo, type ASTNode, type GraphQLSchema } from 'graphql';
import { dutchGlossary, dutchTerm } from '../gateway/src/dutch-terms';
import { loadTabs } from '../gateway/src/explorer';
import { SUBGRAPHS, SUPERGRAPH_FILE, schemaFile } from '../scripts/subgraphs';
import { operation } from './stack';

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

/**
 * The Dutch term: each description marks it in italics between parentheses, `(*gemeente*)`, and the
 * explorer shows it beside the name (gateway/src/dutch-terms.ts). Everything the explorer's example tabs
 * reach must have one, except ids, the scalars and the Relay paging an analyst need not look up.
 */
describe('Dutch terms', () => {
  const WITHOUT_TERM = /^(Date|Decimal|Numeric|PageInfo(\..*)?|\w+Connection(\..*)?|\w+Edge(\..*)?|\w+\.id)$/;
  const BUILT_IN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

  function untranslated(api: GraphQLSchema, glossary: Record<string, string>, operations: string[]): string[] {
    const missing = new Set<string>();
    const need = (key: string) => {
      if (!glossary[key] && !WITHOUT_TERM.test(key)) missing.add(key);
    };
    for (const operation of operations) {
      const info = new TypeInfo(api);
      visit(
        parse(operation),
        visitWithTypeInfo(info, {
          Field() {
            const parent = info.getParentType();
            const field = info.getFieldDef();
            if (!parent || !field) return;
            need(`${parent.name}.${field.name}`);
            const type = getNamedType(field.type);
            if (BUILT_IN.has(type.name)) return;
            need(type.name);
            if (isEnumType(type)) for (const value of type.getValues()) need(`${type.name}.${value.name}`);
          },
        }),
      );
    }
    return [...missing].sort();
  }

  it('is named for every type, field and enum value the explorer tabs reach', () => {
    const supergraph = readFileSync(SUPERGRAPH_FILE, 'utf8');
    const operations = [...new Set(loadTabs().map((tab) => tab.file))].map(operation);
    const api = Supergraph.build(supergraph).apiSchema().toGraphQLJSSchema();
    expect(untranslated(api, dutchGlossary(supergraph), operations)).toEqual([]);
  });

  it('finds a missing term', () => {
    const sdl = `
      type Query { """A municipality (*gemeente*).""" municipality: Municipality }
      """A municipality (*gemeente*)."""
      type Municipality { """Its name.""" name: String """Its kind (*soort*).""" kind: Kind }
      """A kind (*soort*)."""
      enum Kind { """A city (*stad*).""" CITY """A village.""" VILLAGE }`;
    expect(untranslated(buildSchema(sdl), dutchGlossary(sdl), ['{ municipality { name kind } }'])).toEqual(['Kind.VILLAGE', 'Municipality.name']);
  });

  it('reads the term from the first paragraph only, in the marked form', () => {
    expect(dutchTerm('A municipality (*gemeente*) by its CBS code.')).toBe('gemeente');
    expect(dutchTerm('The year (first) of the plan (*begrotingsjaar*).')).toBe('begrotingsjaar');
    expect(dutchTerm('Reached 960 hours (*960 uur\n  behaald*; at most 6 a day).')).toBe('960 uur behaald');
    expect(dutchTerm('A plain (gemeente) parenthesis.')).toBeNull();
    expect(dutchTerm('First paragraph.\n\nSecond (*tweede*).')).toBeNull();
    expect(dutchGlossary('"""A (*a*)."""\ntype A { """B (*b*).""" b("""X (*x*).""" x: Int): Int }\n"""E."""\nenum E { """V (*v*).""" V }')).toEqual({ A: 'a', 'A.b': 'b', 'E.V': 'v' });
  });
});
