import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  parse,
  validate,
  valueFromASTUntyped,
  visit,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { setting } from '@kansrijk/kit';

/**
 * Operation limits: @apollo/gateway enforces none by itself, so one request could ask for a
 * thousand aliases, a hundred levels of nesting, or nested lists whose product is millions of rows.
 * Parsing is bounded by `maxTokens` (graphql-js's own parse option); depth and aliases are graphql-armor's
 * rules; directives are counted here (armor's count misses repeated spreads, SECURITY.md), and so is the
 * cost, from the supergraph's `@cost` and `@listSize`, which armor's cost limit does not read. All are
 * checked once the operation is resolved, with its variables, before any subgraph is called.
 */
export interface OperationLimits {
  /** Nesting depth of fields (the contract's deepest operation needs 6); fragments add no level. */
  maxDepth: number;
  /** Aliased fields in one operation, counted at every spread of the fragment they are in. */
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

/** The estimated cost of the operation that will run. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  assumedListSize: number,
  model: CostModel = EMPTY_COST_MODEL,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return 0;
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  /**
   * A fragment is measured once per type it is spread on and its cost is added at every spread: linear
   * in the document, where expanding it at every spread takes time exponential in the nesting of
   * spreads (eight levels of ten spreads each are 10^8 expansions).
   */
  const measured = new Map<string, number>();
  /** `sized`: the parent's `@listSize(sizedFields:)` (a connection's `edges`) and the size they stand for. */
  interface Sized {
    fields: readonly string[];
    size: number;
  }
  const walk = (set: SelectionSetNode, type: GraphQLNamedType | null | undefined, sized?: Sized): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment) continue;
        // A fragment on a connection type measures differently under `first: 5` and `first: 50`: at most
        // one entry per spread, so still linear in the document.
        const key = `${fragment.name.value}|${fragment.typeCondition.name.value}|${sized ? `${sized.size}:${sized.fields.join(',')}` : ''}`;
        let cost = measured.get(key);
        if (cost === undefined) {
          // Validation has ruled out cycles, so the recursion ends.
          cost = walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), sized);
          measured.set(key, cost);
        }
        total += cost;
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += walk(selection.selectionSet, selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type, sized);
        continue;
      }
      // Introspection (off in production) costs nothing here; armor's alias rule still counts its aliases
      // (a hundred aliased `__schema` answers would be megabytes).
      if (selection.name.value.startsWith('__')) continue;
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
        fieldCost += multiplier * walk(selection.selectionSet, returns, sizedFields?.length ? { fields: sizedFields, size: ownSize() } : undefined);
      }
      total += fieldCost;
    }
    return total;
  };
  return walk(operation.selectionSet, root);
}

/**
 * Every directive in the document, where it is written. graphql-armor's max-directives counts a
 * fragment's directives at every spread, but a directive on a spread only at the first spread of that
 * fragment: `...F @include(if: true)` written 500 times counts as one.
 */
export function directiveCount(document: DocumentNode): number {
  let directives = 0;
  visit(document, { Directive: () => void directives++ });
  return directives;
}

/**
 * graphql-armor's depth and alias limits, as validation rules. They measure a fragment once and add its
 * measure at every spread (linear in the document; SECURITY.md has the timings). A refusal is reported to
 * the validation context instead of thrown, so the plugin below can give it our error code: armor's
 * Apollo integration would leave it `GRAPHQL_VALIDATION_FAILED`. Its directive limit (above), token limit
 * (a second parse of every request), cost limit (no `@listSize`) and field-suggestion mask (Apollo's
 * `hideSchemaDetailsFromClientErrors` covers more) are not used.
 */
export function armorRules(limits: Pick<OperationLimits, 'maxDepth' | 'maxAliases'>): ValidationRule[] {
  const report = () => ({ propagateOnRejection: false, onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)] });
  return new ApolloArmor({
    // Fragments and inline fragments add no level, as in the answer; `__schema` (GraphiQL's schema query
    // nests `ofType` ~15 deep) does not count toward depth.
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, ...report() },
    // Aliased `__typename` counts too: a thousand of them is still a thousand answers.
    maxAliases: { n: limits.maxAliases, allowList: [], ...report() },
    maxDirectives: { enabled: false },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect().validationRules;
}

/** The first limit of `rules` the operation (and the fragments it spreads) exceeds, as our error. */
export function armorRefusal(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode | undefined, rules: ValidationRule[]): GraphQLError | undefined {
  // Only the operation that will run: a document may carry others it does not run.
  const only: DocumentNode = operation ? { ...document, definitions: document.definitions.filter((d) => d.kind !== Kind.OPERATION_DEFINITION || d === operation) } : document;
  const [refused] = validate(schema, only, rules);
  // Armor prefixes every refusal with "Syntax Error: "; the document did parse.
  return refused && tooComplex(refused.message.replace(/^Syntax Error: /, ''));
}

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'OPERATION_LIMIT_EXCEEDED', http: { status: 400 } } });
}

/**
 * What the limits found for one document and operation, kept so the same operation is not measured again
 * on every request (a client sends the same few documents all day). The cost depends on the variables
 * (`first: $n`), so it is kept per variables, a few of them.
 */
interface Measured {
  /** The refusal's message: a new error is thrown each time, as Apollo may add to the one it gets. */
  refused: string | undefined;
  directives: number;
  costs: Map<string, number>;
}

/** Documents whose measures are kept; the least recently used one goes first. */
export const LIMITS_CACHE_SIZE = 1000;
/** Variable sets whose cost is kept per document. */
const COSTS_PER_DOCUMENT = 16;

/** A Map kept in use order, at most `size` entries: enough for an LRU of measures. */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly size: number) {}
  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value as K);
  }
  get count(): number {
    return this.map.size;
  }
}

/** `model`: the supergraph's `@cost` and `@listSize` (`costModelOf(supergraphSdl)`), read once at start. */
export function operationLimitsPlugin<C extends BaseContext>(limits: OperationLimits, model: CostModel = EMPTY_COST_MODEL): ApolloServerPlugin<C> {
  const rules = armorRules(limits);
  // Keyed by Apollo's hash of the query text (sha256) and the operation name; emptied when the schema changes.
  let cache = new Lru<string, Measured>(LIMITS_CACHE_SIZE);
  let cachedFor: GraphQLSchema | undefined;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, operationName, request, queryHash }) {
          if (schema !== cachedFor) {
            cache = new Lru(LIMITS_CACHE_SIZE);
            cachedFor = schema;
          }
          const key = `${queryHash}:${operationName ?? ''}`;
          let measured = cache.get(key);
          if (!measured) {
            measured = { refused: armorRefusal(schema, document, operation, rules)?.message, directives: directiveCount(document), costs: new Map() };
            cache.set(key, measured);
          }
          if (measured.refused) throw tooComplex(measured.refused);
          if (measured.directives > limits.maxDirectives) throw tooComplex(`Operation uses ${measured.directives} directives; the limit is ${limits.maxDirectives}`);
          const variables = request.variables ?? {};
          const variablesKey = JSON.stringify(variables);
          let cost = measured.costs.get(variablesKey);
          if (cost === undefined) {
            cost = operationCost(schema, document, operationName, variables, limits.assumedListSize, model);
            if (measured.costs.size >= COSTS_PER_DOCUMENT) measured.costs.delete(measured.costs.keys().next().value as string);
            measured.costs.set(variablesKey, cost);
          }
          if (cost > limits.maxCost) throw tooComplex(`Operation cost is estimated at ${cost}; the limit is ${limits.maxCost}. Ask for smaller pages with \`first\`.`);
        },
      };
    },
  };
}
