import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  parse,
  valueFromASTUntyped,
  visit,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
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
  /**
   * Estimated cost: every field costs 1 (or its `@cost` weight), and a list multiplies what is under it by
   * its size: from `@listSize` (a slicing argument such as `first`, or `assumedSize`) in the supergraph.
   */
  maxCost: number;
  /** The size assumed for a list the schema gives no `@listSize` for, and the operation no `first`. */
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

/** What the supergraph's cost directives say about one field (IBM cost spec, `@cost` and `@listSize`). */
export interface FieldCost {
  /** `@cost(weight:)` on the field: what it costs instead of the default 1. */
  weight?: number;
  /** `@cost(weight:)` on its arguments: added when the operation gives the argument. */
  argumentWeights?: Record<string, number>;
  /** `@listSize`: how many items the field returns (or, with `sizedFields`, its children return). */
  listSize?: {
    assumedSize?: number;
    slicingArguments?: string[];
    sizedFields?: string[];
    requireOneSlicingArgument: boolean;
  };
}

/** Field costs by coordinate (`Municipality.organisations`), and `@cost` weights of types and scalars. */
export interface CostModel {
  fields: Map<string, FieldCost>;
  types: Map<string, number>;
}

export const EMPTY_COST_MODEL: CostModel = { fields: new Map(), types: new Map() };

const COST_SPEC = /^https:\/\/specs\.apollo\.dev\/cost\/v0\.\d+$/;

/** The names `@cost` and `@listSize` go by in this schema: `@link` may rename or namespace them. */
function costDirectiveNames(document: DocumentNode): { cost: string; listSize: string } {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const link of definition.directives ?? []) {
      if (link.name.value !== 'link') continue;
      const args = Object.fromEntries((link.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]));
      if (typeof args.url !== 'string' || !COST_SPEC.test(args.url)) continue;
      const namespace = typeof args.as === 'string' ? args.as : 'cost';
      const imported = new Map<string, string>();
      for (const entry of Array.isArray(args.import) ? args.import : []) {
        if (typeof entry === 'string') imported.set(entry, entry);
        else if (entry && typeof entry.name === 'string') imported.set(entry.name, typeof entry.as === 'string' ? entry.as : entry.name);
      }
      // The directive named like the spec is `@<namespace>`; the others are `@<namespace>__<name>` unless imported.
      return {
        cost: (imported.get('@cost') ?? `@${namespace}`).slice(1),
        listSize: (imported.get('@listSize') ?? `@${namespace}__listSize`).slice(1),
      };
    }
  }
  // A plain schema (a test's, a subgraph's) names them as the spec does.
  return { cost: 'cost', listSize: 'listSize' };
}

/**
 * The cost model of a schema's SDL (the composed supergraph): read once at start, so the limit follows
 * the schema's own annotations instead of a list of field names here.
 */
export function costModelOf(sdl: string | DocumentNode): CostModel {
  const document = typeof sdl === 'string' ? parse(sdl) : sdl;
  const names = costDirectiveNames(document);
  const argumentsOf = (directive: DirectiveNode) =>
    Object.fromEntries((directive.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)])) as Record<string, unknown>;
  const weightOf = (directives: readonly DirectiveNode[] | undefined) => {
    const cost = directives?.find((d) => d.name.value === names.cost);
    const weight = cost && argumentsOf(cost).weight;
    return typeof weight === 'number' ? weight : undefined;
  };
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined);
  const model: CostModel = { fields: new Map(), types: new Map() };
  for (const definition of document.definitions) {
    if (!('name' in definition) || !definition.name || !('directives' in definition)) continue;
    const typeName = definition.name.value;
    const typeWeight = weightOf(definition.directives);
    if (typeWeight !== undefined) model.types.set(typeName, typeWeight);
    if (!('fields' in definition) || !definition.fields) continue;
    for (const field of definition.fields) {
      if (field.kind !== Kind.FIELD_DEFINITION) continue;
      const cost: FieldCost = {};
      const weight = weightOf(field.directives);
      if (weight !== undefined) cost.weight = weight;
      for (const argument of field.arguments ?? []) {
        const argumentWeight = weightOf(argument.directives);
        if (argumentWeight !== undefined) (cost.argumentWeights ??= {})[argument.name.value] = argumentWeight;
      }
      const listSize = field.directives?.find((d) => d.name.value === names.listSize);
      if (listSize) {
        const args = argumentsOf(listSize);
        cost.listSize = {
          assumedSize: typeof args.assumedSize === 'number' ? args.assumedSize : undefined,
          slicingArguments: strings(args.slicingArguments),
          sizedFields: strings(args.sizedFields),
          requireOneSlicingArgument: args.requireOneSlicingArgument !== false,
        };
      }
      if (Object.keys(cost).length > 0) model.fields.set(`${typeName}.${field.name.value}`, cost);
    }
  }
  return model;
}

/** An argument's value in the operation (a literal or a variable), else the schema's default; numbers only. */
function numberArgument(selection: FieldNode, field: GraphQLField<unknown, unknown> | undefined, name: string, variables: Record<string, unknown>): number | undefined {
  const given = selection.arguments?.find((a) => a.name.value === name);
  const value =
    given?.value.kind === Kind.VARIABLE ? variables[given.value.name.value] : given?.value.kind === Kind.INT ? Number(given.value.value) : undefined;
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  const fallback = field?.args.find((a) => a.name === name)?.defaultValue;
  return typeof fallback === 'number' ? fallback : undefined;
}

/**
 * How many items a list field (or, with `sizedFields`, a connection's edges) stands for: the largest
 * slicing argument given, else `assumedSize`, else the operation-wide assumption. A list the schema does
 * not annotate keeps the Relay convention of `first`/`last`.
 */
function sizeOf(
  selection: FieldNode,
  field: GraphQLField<unknown, unknown> | undefined,
  cost: FieldCost | undefined,
  variables: Record<string, unknown>,
  assumed: number,
): number {
  const slicing = cost?.listSize ? (cost.listSize.slicingArguments ?? []) : ['first', 'last'];
  const given = slicing.map((name) => numberArgument(selection, field, name, variables)).filter((n): n is number => n !== undefined);
  if (given.length > 0) return Math.max(...given);
  return cost?.listSize?.assumedSize ?? assumed;
}

/** Depth, aliases, directives and estimated cost of the operation that will run. */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  assumedListSize: number,
  model: CostModel = EMPTY_COST_MODEL,
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
  /** `sized`: the parent's `@listSize(sizedFields:)` (a connection's `edges`) and the size they stand for. */
  interface Sized {
    fields: readonly string[];
    size: number;
  }
  const walk = (set: SelectionSetNode, type: GraphQLNamedType | null | undefined, sized?: Sized): Measure => {
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
        // A fragment on a connection type measures differently under `first: 5` and `first: 50`: at most
        // one entry per spread, so still linear in the document.
        const key = `${fragment.name.value}|${fragment.typeCondition.name.value}|${sized ? `${sized.size}:${sized.fields.join(',')}` : ''}`;
        let m = measured.get(key);
        if (!m) {
          // Validation has ruled out cycles, so the recursion ends.
          m = walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), sized);
          measured.set(key, m);
        }
        add(m, 0);
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        add(walk(selection.selectionSet, selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type, sized), 0);
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
      const returns = field ? getNamedType(field.type) : undefined;
      const cost = type ? model.fields.get(`${type.name}.${selection.name.value}`) : undefined;
      let fieldCost = cost?.weight ?? (returns && model.types.get(returns.name)) ?? 1;
      for (const argument of selection.arguments ?? []) fieldCost += cost?.argumentWeights?.[argument.name.value] ?? 0;
      if (selection.selectionSet) {
        const sizedFields = cost?.listSize?.sizedFields;
        const ownSize = () => sizeOf(selection, field, cost, variables, assumedListSize);
        let multiplier = 1;
        if (sized?.fields.includes(selection.name.value)) multiplier = sized.size;
        else if (field && isListType(getNullableType(field.type)) && !sizedFields?.length) multiplier = ownSize();
        const inner = walk(selection.selectionSet, returns, sizedFields?.length ? { fields: sizedFields, size: ownSize() } : undefined);
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

/** `model`: the supergraph's `@cost` and `@listSize` (`costModelOf(supergraphSdl)`), read once at start. */
export function operationLimitsPlugin<C extends BaseContext>(limits: OperationLimits, model: CostModel = EMPTY_COST_MODEL): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request }) {
          const m = measureOperation(schema, document, operationName, request.variables ?? {}, limits.assumedListSize, model);
          if (m.depth > limits.maxDepth) throw tooComplex(`Operation is nested ${m.depth} levels deep; the limit is ${limits.maxDepth}`);
          if (m.aliases > limits.maxAliases) throw tooComplex(`Operation uses ${m.aliases} aliases; the limit is ${limits.maxAliases}`);
          if (m.directives > limits.maxDirectives) throw tooComplex(`Operation uses ${m.directives} directives; the limit is ${limits.maxDirectives}`);
          if (m.cost > limits.maxCost) throw tooComplex(`Operation cost is estimated at ${m.cost}; the limit is ${limits.maxCost}. Ask for smaller pages with \`first\`.`);
        },
      };
    },
  };
}
