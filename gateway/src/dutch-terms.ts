/**
 * The Dutch term of a schema element. Every description names it in italics between parentheses right
 * after the English words it translates, in its first paragraph: `A municipality (*gemeente*) by its CBS
 * code`. The users are Dutch and search by their own words, so the explorer's docs pane shows the term
 * beside the English name (gateway/public/explorer.js), and test/schema-docs.test.ts keeps the format.
 */
import { parse, visit, type ASTNode } from 'graphql';

const TERM = /\(\*([^*()]+)\*/;

/** The Dutch term a description marks, or null. */
export function dutchTerm(description: string | undefined | null): string | null {
  const firstParagraph = (description ?? '').split(/\n\s*\n/)[0];
  const match = TERM.exec(firstParagraph);
  return match ? match[1].replace(/\s+/g, ' ').trim() : null;
}

type Named = { name: { value: string }; description?: { value: string } };

const TYPE_KINDS = new Set([
  'ObjectTypeDefinition', 'InterfaceTypeDefinition', 'InputObjectTypeDefinition', 'EnumTypeDefinition',
  'ScalarTypeDefinition', 'UnionTypeDefinition', 'ObjectTypeExtension', 'InterfaceTypeExtension',
]);
const MEMBER_KINDS = new Set(['FieldDefinition', 'InputValueDefinition', 'EnumValueDefinition']);

/**
 * Dutch terms by `Type`, `Type.field` and `Enum.VALUE` (arguments are left out: the docs pane shows them
 * under their field). Federation's own `join__` and `link__` elements have none.
 */
export function dutchGlossary(sdl: string): Record<string, string> {
  const glossary: Record<string, string> = {};
  let type: string | null = null;
  let depth = 0;
  visit(parse(sdl), {
    enter(node: ASTNode) {
      if (TYPE_KINDS.has(node.kind)) {
        type = (node as unknown as Named).name.value;
        depth = 0;
        const term = dutchTerm((node as unknown as Named).description?.value);
        if (term) glossary[type] = term;
      } else if (MEMBER_KINDS.has(node.kind) && type) {
        depth++;
        // An argument (an InputValueDefinition inside a field) is one level deeper.
        if (depth > 1) return;
        const { name, description } = node as unknown as Named;
        const term = dutchTerm(description?.value);
        if (term) glossary[`${type}.${name.value}`] = term;
      }
    },
    leave(node: ASTNode) {
      if (TYPE_KINDS.has(node.kind)) type = null;
      else if (MEMBER_KINDS.has(node.kind) && type) depth--;
    },
  });
  return glossary;
}
