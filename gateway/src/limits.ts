import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { setting } from '@kansrijk/kit';

/**
 * Operation limits: @apollo/gateway enforces none by itself, so one request could ask for a
 * thousand aliases, a hundred levels of nesting, or nested lists whose product is millions of rows.
 * Parsing is bounded by `maxTokens` (a parse option); the rest is checked here, once the operation is
 * resolved, with its variables, before any subgraph is called.
 */
export interface OperationLimits {
  /** Nesting depth of fields (the contract's deepest operation needs 6). */
  maxDepth: number;
  /** Aliased fields in one operation. */
  maxAliases: number;
  /** Directives in one document (@include, @skip, ...). */
  maxDirectives: number;
  /** Lexical tokens in one document; checked by the parser itself. */
  maxTokens: number;
  /** Estimated cost: every field costs 1, and a list multiplies what is under it by its size. */
  maxCost: number;
  /** The size assumed for a list whose size the operation does not state with `first`. */
  assumedListSize: number;
  /** Request bodies over this many bytes get 413 before they are parsed. */
  maxBodyBytes: number;
}

export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 5000,
  maxCost: 50000,
  assumedListSize: 10,
  maxBodyBytes: 100 * 1024,
};

/** The limits as environment variables of the gateway (checked at start with the rest of its configuration). */
export const limitSettings = {
  MAX_DEPTH: setting.integer(DEFAULT_LIMITS.maxDepth, { min: 1 }),
  MAX_ALIASES: setting.integer(DEFAULT_LIMITS.maxAliases),
  MAX_DIRECTIVES: setting.integer(DEFAULT_LIMITS.maxDirectives),
  MAX_TOKENS: setting.integer(DEFAULT_LIMITS.maxTokens, { min: 1 }),
  MAX_COST: setting.integer(DEFAULT_LIMITS.maxCost, { min: 1 }),
  ASSUMED_LIST_SIZE: setting.integer(DEFAULT_LIMITS.assumedListSize, { min: 1 }),
  MAX_BODY_BYTES: setting.integer(DEFAULT_LIMITS.maxBodyBytes, { min: 1 }),
};

export function limitsFrom(config: { [K in keyof typeof limitSettings]: number }): OperationLimits {
  return {
    maxDepth: config.MAX_DEPTH,
    maxAliases: config.MAX_ALIASES,
    maxDirectives: config.MAX_DIRECTIVES,
    maxTokens: config.MAX_TOKENS,
    maxCost: config.MAX_COST,
    assumedListSize: config.ASSUMED_LIST_SIZE,
    maxBodyBytes: config.MAX_BODY_BYTES,
  };
}

export interface OperationMeasure {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

function listSize(args: readonly { name: { value: string }; value: ValueNode }[] | undefined, variables: Record<string, unknown>, assumed: number): number {
  const first = args?.find((a) => a.name.value === 'first' || a.name.value === 'last');
  if (!first) return assumed;
  const value = first.value.kind === Kind.VARIABLE ? variables[first.value.name.value] : first.value.kind === Kind.INT ? Number(first.value.value) : undefined;
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : assumed;
}

/** Depth, aliases, directives and estimated cost of the operation that will run. */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  assumedListSize: number,
): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let directives = 0;
  visit(document, {
    FragmentDefinition: (node) => void fragments.set(node.name.value, node),
    Directive: () => void directives++,
  });
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return { depth: 0, aliases: 0, directives, cost: 0 };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  /**
   * What a selection set adds, measured from its own top: cost, aliases (as if expanded), and how deep it
   * reaches below its top. A fragment is measured once per type it is spread on and its measure is added
   * at every spread: linear in the document, where expanding it at every spread takes time exponential
   * in the nesting of spreads (eight levels of ten spreads each are 10^8 expansions).
   */
  interface Measure {
    cost: number;
    aliases: number;
    depth: number;
  }
  const measured = new Map<string, Measure>();
  const walk = (set: SelectionSetNode, type: GraphQLNamedType | null | undefined): Measure => {
    const out: Measure = { cost: 0, aliases: 0, depth: 0 };
    const add = (m: Measure, below: number) => {
      out.cost += m.cost;
      out.aliases += m.aliases;
      out.depth = Math.max(out.depth, m.depth + below);
    };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment) continue;
        const key = `${fragment.name.value}|${fragment.typeCondition.name.value}`;
        let m = measured.get(key);
        if (!m) {
          // Validation has ruled out cycles, so the recursion ends.
          m = walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value));
          measured.set(key, m);
        }
        add(m, 0);
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        add(walk(selection.selectionSet, selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type), 0);
        continue;
      }
      if (selection.alias) out.aliases++;
      // Introspection (GraphiQL's schema query nests `ofType` ~15 deep) is off in production and not
      // counted toward depth or cost; its aliases count like any others (a hundred aliased `__schema`
      // answers would be megabytes).
      if (selection.name.value.startsWith('__')) {
        if (selection.selectionSet) out.aliases += walk(selection.selectionSet, undefined).aliases;
        continue;
      }
      const field = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[selection.name.value] : undefined;
      let fieldCost = 1;
      if (selection.selectionSet) {
        const multiplier = field && isListType(getNullableType(field.type)) ? listSize(selection.arguments, variables, assumedListSize) : 1;
        const inner = walk(selection.selectionSet, field ? getNamedType(field.type) : undefined);
        fieldCost += multiplier * inner.cost;
        out.aliases += inner.aliases;
        out.depth = Math.max(out.depth, inner.depth + 1);
      } else {
        out.depth = Math.max(out.depth, 1);
      }
      out.cost += fieldCost;
    }
    return out;
  };
  const { cost, aliases, depth } = walk(operation.selectionSet, root);
  return { depth, aliases, directives, cost };
}

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'OPERATION_LIMIT_EXCEEDED', http: { status: 400 } } });
}

export function operationLimitsPlugin<C extends BaseContext>(limits: OperationLimits): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request }) {
          const m = measureOperation(schema, document, operationName, request.variables ?? {}, limits.assumedListSize);
          if (m.depth > limits.maxDepth) throw tooComplex(`Operation is nested ${m.depth} levels deep; the limit is ${limits.maxDepth}`);
          if (m.aliases > limits.maxAliases) throw tooComplex(`Operation uses ${m.aliases} aliases; the limit is ${limits.maxAliases}`);
          if (m.directives > limits.maxDirectives) throw tooComplex(`Operation uses ${m.directives} directives; the limit is ${limits.maxDirectives}`);
          if (m.cost > limits.maxCost) throw tooComplex(`Operation cost is estimated at ${m.cost}; the limit is ${limits.maxCost}. Ask for smaller pages with \`first\`.`);
        },
      };
    },
  };
}
