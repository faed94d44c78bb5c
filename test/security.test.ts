/**
 * Bad input at the front door: malformed and oversized requests, operations past the limits, batches,
 * CSRF, and SQL-looking strings. Each gets a clear error, and what the gateway must stop never
 * reaches a subgraph (no SQL statement runs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse } from 'graphql';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { Supergraph } from '@apollo/federation-internals';
import { createGateway } from '../gateway/src/server';
import { signToken } from '../gateway/src/tokens';
import { armorRefusal, armorRules, costModelOf, DEFAULT_LIMITS, directiveCount, operationCost } from '../gateway/src/limits';
import { SUBGRAPHS, SUPERGRAPH_FILE, schemaFile } from '../scripts/subgraphs';
import { operation, startStack, TEST_JWT_SECRET, type Stack } from './stack';

let stack: Stack;
let token: string;

beforeAll(async () => {
  stack = await startStack();
  token = await stack.token('analyst');
});
afterAll(() => stack?.close());

async function post(body: string | object, headers: Record<string, string> = {}) {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.status, json };
}

/** Runs a request and returns its answer and the number of SQL statements the subgraphs ran for it. */
async function postCounted(body: string | object, headers: Record<string, string> = {}) {
  let answer: Awaited<ReturnType<typeof post>> | undefined;
  const { total } = await stack.countQueries(async () => {
    answer = await post(body, headers);
  });
  return { ...answer!, statements: total };
}

const code = (json: any) => json?.errors?.[0]?.extensions?.code;

describe('operation limits', () => {
  it('keeps every contract operation well inside the limits, at the costs the supergraph declares', () => {
    const supergraph = readFileSync(SUPERGRAPH_FILE, 'utf8');
    const api = Supergraph.build(supergraph).apiSchema().toGraphQLJSSchema();
    const model = costModelOf(supergraph);
    const variables = JSON.parse(readFileSync(join(__dirname, '..', 'gateway', 'examples', 'variables.json'), 'utf8'));
    // No alias at all, and the default depth limit.
    const rules = armorRules({ ...DEFAULT_LIMITS, maxAliases: 0 });
    for (const file of Object.keys(variables)) {
      const document = parse(operation(file));
      const cost = operationCost(api, document, undefined, variables[file], DEFAULT_LIMITS.assumedListSize, model);
      const ok = cost <= DEFAULT_LIMITS.maxCost / 4 && directiveCount(document) <= DEFAULT_LIMITS.maxDirectives;
      expect({ file, refused: armorRefusal(api, document, undefined, rules)?.message, ok }).toEqual({ file, refused: undefined, ok: true });
    }
  });

  it('composes the subgraphs\' @cost and @listSize into the supergraph as the cost spec', () => {
    const supergraph = readFileSync(SUPERGRAPH_FILE, 'utf8');
    expect(supergraph).toMatch(/@link\(url: "https:\/\/specs\.apollo\.dev\/cost\/v0\.1"/);
    const model = costModelOf(supergraph);
    expect(model.fields.get('Municipality.organisations')?.listSize).toMatchObject({ assumedSize: 1000 });
    expect(model.fields.get('Municipality.organisationsPage')?.listSize).toMatchObject({ slicingArguments: ['first'], sizedFields: ['edges'] });
    expect(model.fields.get('Query.interventions')?.listSize).toMatchObject({ slicingArguments: ['first'], sizedFields: ['edges'] });
    expect(model.fields.get('Organisation.placements')).toMatchObject({ weight: 10, listSize: { assumedSize: 1000 } });
    expect(model.fields.get('OrganisationConnection.totalCount')).toEqual({ weight: 10 });
  });

  it('has a @listSize on every list of objects, so no list falls back to a guess', () => {
    const supergraph = readFileSync(SUPERGRAPH_FILE, 'utf8');
    const api = Supergraph.build(supergraph).apiSchema().toGraphQLJSSchema();
    const model = costModelOf(supergraph);
    const missing: string[] = [];
    for (const type of Object.values(api.getTypeMap())) {
      if (type.name.startsWith('__') || !('getFields' in type) || !('getInterfaces' in type)) continue;
      for (const field of Object.values(type.getFields())) {
        const named = field.type.toString().replace(/[[\]!]/g, '');
        const isObjectList = field.type.toString().includes('[') && 'getFields' in (api.getType(named) as object);
        if (isObjectList && !model.fields.get(`${type.name}.${field.name}`)?.listSize && !type.name.endsWith('Connection')) missing.push(`${type.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('builds every subgraph with its cost directives (buildSubgraphSchema of @apollo/subgraph)', () => {
    for (const { name } of SUBGRAPHS) {
      const schema = buildSubgraphSchema({ typeDefs: parse(readFileSync(schemaFile(name), 'utf8')) });
      expect({ name, listSize: printSubgraphSchema(schema).includes('@listSize(') }).toEqual({ name, listSize: true });
    }
  });

  it('sizes lists and connections from @listSize and weighs fields, types and arguments by @cost', () => {
    const sdl = `
      directive @cost(weight: Int!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR
      directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
      type Query {
        page(first: Int = 20, after: String): Page! @listSize(slicingArguments: ["first"], sizedFields: ["edges"], requireOneSlicingArgument: false)
        all: [A!]! @listSize(assumedSize: 300)
        search(text: String @cost(weight: 7)): [A!]! @listSize(assumedSize: 2)
      }
      type Page { edges: [Edge!]! total: Int! @cost(weight: 10) }
      type Edge { node: A! }
      type A { x: Int b: B! heavy: Int @cost(weight: 4) }
      type B @cost(weight: 3) { y: Int }`;
    const schema = buildSchema(sdl);
    const model = costModelOf(sdl);
    const cost = (query: string, variables = {}) => operationCost(schema, parse(query), undefined, variables, 10, model);
    // page (1) + edges (1 + 5 × (node 1 + x 1)) + total (10)
    expect(cost('{ page(first: 5) { edges { node { x } } total } }')).toBe(1 + 1 + 5 * 2 + 10);
    expect(cost('query ($n: Int) { page(first: $n) { edges { node { x } } } }', { n: 50 })).toBe(1 + 1 + 50 * 2);
    // Without `first`, the argument's default (20), not the assumed 10.
    expect(cost('{ page { edges { node { x } } } }')).toBe(1 + 1 + 20 * 2);
    // The type's weight (B: 3) stands in for a field without its own; a field's own weight (heavy: 4).
    expect(cost('{ all { b { y } heavy } }')).toBe(1 + 300 * (3 + 1 + 4));
    // An argument's weight is added when the operation gives it.
    expect(cost('{ search(text: "x") { x } }')).toBe(1 + 7 + 2 * 1);
    expect(cost('{ search { x } }')).toBe(1 + 2 * 1);
    // The same fragment under pages of different sizes measures each.
    expect(cost('{ a: page(first: 2) { ...P } b: page(first: 3) { ...P } } fragment P on Page { edges { node { x } } }')).toBe(2 * 2 + 2 * 2 + 3 * 2);
  });

  it('counts list sizes from `first` and assumes a size for other lists', () => {
    const schema = buildSchema('type Query { a(first: Int): [A!]! } type A { b: [B!]! x: Int } type B { y: Int }');
    expect(operationCost(schema, parse('{ a(first: 3) { x b { y } } }'), undefined, {}, 10)).toBe(1 + 3 * (1 + 1 + 10 * 1));
    expect(operationCost(schema, parse('query ($n: Int) { a(first: $n) { x } }'), undefined, { n: 50 }, 10)).toBe(1 + 50);
  });

  it('measures nested fragment spreads once each: the same counts as expanding them, in time linear in the document', () => {
    const schema = buildSchema('type Query { a(first: Int): [A!]! } type A { b: [B!]! x: Int } type B { y: Int }');
    const small = `query { a(first: 2) { ...F2 } } fragment F1 on A { x x1: x } fragment F2 on A { ...F1 ...F1 b { y } }`;
    // Expanded: F2 = (x x1) twice + b { y }, so 4 fields plus b (1 + 10 × 1).
    expect(operationCost(schema, parse(small), undefined, {}, 10)).toBe(1 + 2 * (4 + 1 + 10));
    // Eight levels of ten spreads each (about 650 bytes): 10^8 fields when expanded.
    const levels = [`fragment F0 on A { x }`];
    for (let i = 1; i <= 8; i++) levels.push(`fragment F${i} on A { ${Array.from({ length: 10 }, () => `...F${i - 1}`).join(' ')} }`);
    const bomb = parse(`query { a { ...F8 } } ${levels.join(' ')}`);
    const started = Date.now();
    const cost = operationCost(schema, bomb, undefined, {}, 10);
    expect(Date.now() - started).toBeLessThan(500);
    expect(cost).toBe(1 + 10 * 1e8);
  });

  it("enforces graphql-armor's depth and alias limits on nested spreads as if expanded, in time linear in the document", () => {
    const schema = buildSchema('type Query { a(first: Int): [A!]! } type A { b: [B!]! x: Int } type B { y: Int }');
    const refusal = (query: string, limits: Partial<typeof DEFAULT_LIMITS> = {}) => armorRefusal(schema, parse(query), undefined, armorRules({ ...DEFAULT_LIMITS, ...limits }));
    // Twelve levels of ten spreads each with an alias in the innermost fragment: 10^12 aliases when
    // expanded, about 1 KB. Measured once per fragment, each rule takes a few ms.
    const levels = [`fragment F0 on A { x1: x }`];
    for (let i = 1; i <= 12; i++) levels.push(`fragment F${i} on A { ${Array.from({ length: 10 }, () => `...F${i - 1}`).join(' ')} }`);
    const bomb = `query { a { ...F12 } } ${levels.join(' ')}`;
    const started = Date.now();
    expect(refusal(bomb)?.message).toBe('Aliases limit of 30 exceeded, found 1000000000000.');
    // Fragments add no level: the bomb is two fields deep however deep its spreads nest.
    expect(refusal(bomb, { maxAliases: 1e13, maxDepth: 2 })).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(500);
    expect(refusal(bomb, { maxAliases: 1e13, maxDepth: 1 })?.extensions.code).toBe('OPERATION_LIMIT_EXCEEDED');
    // Depth reached through fragments counts: a { ...G } with G = b { y } is three deep.
    expect(refusal('{ a { ...G } } fragment G on A { b { y } }', { maxDepth: 2 })?.message).toBe('Query depth limit of 2 exceeded, found 3.');
  });

  it('counts every directive where it is written, also on repeated spreads of one fragment', () => {
    // graphql-armor's max-directives counts these 100 as one (SECURITY.md); the gateway counts 100.
    const spreads = `{ a { ${Array.from({ length: 100 }, () => '...G @include(if: true)').join(' ')} } } fragment G on A { x }`;
    expect(directiveCount(parse(spreads))).toBe(100);
  });

  it('refuses a fragment bomb at once, and answers a small query sent meanwhile', async () => {
    const levels = [`fragment F0 on Municipality { name }`];
    for (let i = 1; i <= 8; i++) levels.push(`fragment F${i} on Municipality { ${Array.from({ length: 10 }, () => `...F${i - 1}`).join(' ')} }`);
    const bomb = `query { municipalities { ...F8 } } ${levels.join(' ')}`;
    const started = Date.now();
    const [refused, small] = await Promise.all([postCounted({ query: bomb }), postCounted({ query: '{ municipality(code: "GM0984") { name } }' })]);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(code(refused.json)).toBe('OPERATION_LIMIT_EXCEEDED');
    expect(refused.statements).toBe(0);
    expect(small.json.data.municipality.name).toBe('Venray');
  });

  it('counts aliases inside introspection too, and leaves it out of depth and cost', () => {
    const schema = buildSchema('type Query { a: Int }');
    const rules = armorRules(DEFAULT_LIMITS);
    const refused = (query: string) => armorRefusal(schema, parse(query), undefined, rules)?.message;
    const nested = `{ __schema { ${Array.from({ length: 40 }, (_, i) => `t${i}: types { name }`).join(' ')} } }`;
    expect(refused(nested)).toBe('Aliases limit of 30 exceeded, found 40.');
    expect(operationCost(schema, parse(nested), undefined, {}, 10)).toBe(0);
    const top = `{ ${Array.from({ length: 100 }, (_, i) => `s${i}: __schema { queryType { name } }`).join(' ')} }`;
    expect(refused(top)).toBe('Aliases limit of 30 exceeded, found 100.');
    expect(refused(`{ ${Array.from({ length: 40 }, (_, i) => `t${i}: __typename`).join(' ')} }`)).toBe('Aliases limit of 30 exceeded, found 40.');
    // `__schema` nested past the depth limit is not refused for its depth (GraphiQL's schema query).
    expect(refused(`{ __schema { types { ${'fields { type { '.repeat(10)} name ${'} } '.repeat(10)} } } }`)).toBeUndefined();
  });

  it('refuses malformed GraphQL with GRAPHQL_PARSE_FAILED', async () => {
    const res = await postCounted({ query: '{ municipality(code: "GM0984") { name ' });
    expect(res.status).toBe(400);
    expect(code(res.json)).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.statements).toBe(0);
  });

  it('refuses a query nested past the depth limit', async () => {
    let query = 'name';
    for (let i = 0; i < 12; i++) query = `parent { ${query} }`;
    const res = await postCounted({ query: `{ organisation(id: "mik-kinderopvang") { parts { parts { ${query} } } } }` });
    expect(res.status).toBe(400);
    expect(code(res.json)).toBe('OPERATION_LIMIT_EXCEEDED');
    expect(res.json.errors[0].message).toMatch(/^Query depth limit of 12 exceeded, found \d+\.$/);
    expect(res.statements).toBe(0);
  });

  it('refuses 1,000 aliases', async () => {
    const fields = Array.from({ length: 1000 }, (_, i) => `a${i}: municipality(code: "GM0984") { name }`).join(' ');
    const res = await postCounted({ query: `{ ${fields} }` });
    expect(res.status).toBe(400);
    expect(['OPERATION_LIMIT_EXCEEDED', 'GRAPHQL_PARSE_FAILED']).toContain(code(res.json));
    expect(res.statements).toBe(0);
  });

  it('refuses 40 aliases by the alias limit, not only by the token limit', async () => {
    const fields = Array.from({ length: 40 }, (_, i) => `a${i}: municipalities { code }`).join(' ');
    const res = await postCounted({ query: `{ ${fields} }` });
    expect(code(res.json)).toBe('OPERATION_LIMIT_EXCEEDED');
    expect(res.json.errors[0].message).toBe('Aliases limit of 30 exceeded, found 40.');
    expect(res.statements).toBe(0);
  });

  it('refuses 21 directives by the directive limit, also on spreads of one fragment', async () => {
    const spreads = Array.from({ length: 21 }, () => '...Name @include(if: true)').join(' ');
    const res = await postCounted({ query: `{ municipality(code: "GM0984") { ${spreads} } } fragment Name on Municipality { name }` });
    expect(res.status).toBe(400);
    expect(code(res.json)).toBe('OPERATION_LIMIT_EXCEEDED');
    expect(res.json.errors[0].message).toBe('Operation uses 21 directives; the limit is 20');
    expect(res.statements).toBe(0);
  });

  it('refuses a cost bomb of nested lists', async () => {
    const res = await postCounted({
      query: '{ municipalities { organisations { memberships { coalition { members { organisation { municipalities { organisations { name } } } } } } } } }',
    });
    expect(code(res.json)).toBe('OPERATION_LIMIT_EXCEEDED');
    expect(res.json.errors[0].message).toMatch(/cost/);
    expect(res.statements).toBe(0);
  });

  it('refuses pages of organisations nested deep by the sizes the schema declares', async () => {
    const res = await postCounted({
      query: '{ organisations(first: 100) { edges { node { name locations { id } parts { locations { id } municipalities { organisationsPage(first: 100) { edges { node { name } } } } } } } } }',
    });
    expect(code(res.json)).toBe('OPERATION_LIMIT_EXCEEDED');
    expect(res.json.errors[0].message).toMatch(/cost is estimated at \d+/);
    expect(res.statements).toBe(0);
  });

  it('accepts a small page of organisations that the old measure would have priced the same', async () => {
    const res = await post({ query: '{ organisations(first: 5) { edges { node { name locations { id } } } } }' });
    expect(res.json.errors).toBeUndefined();
    expect(res.json.data.organisations.edges.length).toBeGreaterThan(0);
  });

  it('refuses a body over the limit with 413 before parsing it', async () => {
    const res = await postCounted({ query: `{ municipalities { code } } # ${'x'.repeat(DEFAULT_LIMITS.maxBodyBytes)}` });
    expect(res.status).toBe(413);
    expect(res.statements).toBe(0);
  });

  it('refuses batched requests', async () => {
    const res = await postCounted([{ query: '{ municipalities { code } }' }, { query: '{ municipalities { name } }' }]);
    expect(res.status).toBe(400);
    expect(res.statements).toBe(0);
  });
});

describe('CSRF prevention', () => {
  it('refuses a GET query without a preflight header, answers it with one', async () => {
    const url = `${stack.gatewayUrl}?query=${encodeURIComponent('{ municipality(code: "GM0984") { name } }')}`;
    const plain = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect(plain.status).toBe(400);
    const preflighted = await fetch(url, { headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
    expect(await preflighted.json()).toEqual({ data: { municipality: { name: 'Venray' } } });
  });

  it('refuses a simple cross-site POST (text/plain)', async () => {
    const res = await post('{"query":"{ municipalities { code } }"}', { 'content-type': 'text/plain' });
    expect(res.status).toBe(400);
  });

  it('refuses a mutation over GET', async () => {
    const url = `${stack.gatewayUrl}?query=${encodeURIComponent('mutation { __typename }')}`;
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(405);
  });
});

describe('input that looks like an attack', () => {
  it('searches SQL-looking strings literally and leaves the tables alone', async () => {
    for (const name of ["'; DROP TABLE partners.organisation; --", "%' OR '1'='1", '_%\\']) {
      const res = await post({ query: 'query ($name: String) { organisations(filter: { name: $name }) { totalCount } }', variables: { name } });
      expect(res.json).toEqual({ data: { organisations: { totalCount: 0 } } });
    }
    const [{ n }] = await stack.dataSources.partners.query('SELECT count(*)::int AS n FROM partners.organisation');
    expect(n).toBeGreaterThan(100);
  });

  it('stores SQL-looking strings as text and finds them back literally', async () => {
    const admin = await stack.token('admin');
    const name = "Robert'); DROP TABLE partners.organisation; -- %' OR '1'='1";
    const description = "1; DELETE FROM budgets.budget_line WHERE '' = ''; SELECT pg_sleep(10) --";
    const lines = async () => (await stack.dataSources.budgets.query('SELECT count(*)::int AS n FROM budgets.budget_line'))[0].n;
    const linesBefore = await lines();
    try {
      const created = await post(
        {
          query: 'mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name description } }',
          variables: { input: { name, description, kind: 'COMMUNITY_CENTRE', municipalities: ['GM0556'] } },
        },
        { authorization: `Bearer ${admin}` },
      );
      expect(created.json.errors).toBeUndefined();
      expect(created.json.data.createOrganisation).toMatchObject({ name, description });
      const id = created.json.data.createOrganisation.id;
      // Searched by a piece of it that is itself SQL-looking: exactly this organisation, nothing more.
      const found = await post({
        query: 'query ($name: String) { organisations(filter: { name: $name }) { totalCount edges { node { id name } } } }',
        variables: { name: "DROP TABLE partners.organisation; -- %' OR" },
      });
      expect(found.json).toEqual({ data: { organisations: { totalCount: 1, edges: [{ node: { id, name } }] } } });
      expect(await lines()).toBe(linesBefore);
    } finally {
      await stack.dataSources.partners.query(`DELETE FROM partners.organisation_municipality WHERE organisation_id IN (SELECT id FROM partners.organisation WHERE name = $1)`, [name]);
      await stack.dataSources.partners.query(`DELETE FROM partners.organisation WHERE name = $1`, [name]);
    }
  });

  it('refuses an unknown municipality code, naming the field', async () => {
    const res = await post({ query: '{ municipality(code: "GM9999") { name } }' });
    expect(code(res.json)).toBe('BAD_USER_INPUT');
    expect(res.json.errors[0].extensions.field).toBe('code');
  });
});

describe('production mode', () => {
  const ISSUER = 'https://login.example-gemeente.nl/';
  const AUDIENCE = 'kansrijk';
  const productionGateway = () =>
    createGateway({
      supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
      subgraphUrls: stack.subgraphUrls,
      jwtSecret: TEST_JWT_SECRET,
      jwtIssuer: ISSUER,
      jwtAudience: AUDIENCE,
      subgraphSecret: 'test-subgraph-secret',
      production: true,
      explorer: { demoToken: 'must-not-show' },
    }).listen(0);

  it('is not built without an issuer and an audience', () => {
    expect(() => createGateway({ supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'), jwtSecret: TEST_JWT_SECRET, subgraphSecret: 'test-subgraph-secret', production: true })).toThrow(/jwtIssuer and jwtAudience/);
  });

  it('refuses a token for another audience, from another issuer, or without either (401)', async () => {
    const gateway = await productionGateway();
    try {
      const claims = { sub: 'x', roles: ['analyst'], municipalities: [], organisations: [] };
      const ask = async (bearer: string) =>
        (await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` }, body: JSON.stringify({ query: '{ __typename }' }) })).status;
      expect(await ask(await signToken(claims, { secret: TEST_JWT_SECRET, issuer: ISSUER, audience: AUDIENCE }))).toBe(200);
      expect(await ask(await signToken(claims, { secret: TEST_JWT_SECRET, issuer: ISSUER, audience: 'another-app' }))).toBe(401);
      expect(await ask(await signToken(claims, { secret: TEST_JWT_SECRET, issuer: 'https://evil.example/', audience: AUDIENCE }))).toBe(401);
      expect(await ask(await signToken(claims, { secret: TEST_JWT_SECRET }))).toBe(401);
    } finally {
      await gateway.close();
    }
  });

  it('has no introspection, no explorer and no field suggestions', async () => {
    const gateway = await productionGateway();
    const token = await signToken({ sub: 'x', roles: ['analyst'], municipalities: [], organisations: [] }, { secret: TEST_JWT_SECRET, issuer: ISSUER, audience: AUDIENCE });
    try {
      const ask = (query: string) =>
        fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) }).then((r) => r.json() as Promise<any>);
      expect(code(await ask('{ __schema { types { name } } }'))).toBe('GRAPHQL_VALIDATION_FAILED');
      const typo = await ask('{ municipalitys { code } }');
      expect(typo.errors[0].message).not.toMatch(/Did you mean/);
      // Variable coercion suggests too (graphql-js), and names the required fields that were not sent.
      const coerce = (query: string, variables: Record<string, unknown>) =>
        fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) }).then((r) => r.json() as Promise<any>);
      const REFERRAL = 'mutation ($input: RecordReferralInput!) { recordReferral(input: $input) { id } }';
      const PLACEMENT = 'mutation ($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }';
      const answers = [
        await coerce(REFERRAL, { input: { indication: 'I0000000000', nonParticipationReason: 'MOVEDD' } }),
        await coerce(REFERRAL, { input: { indicaton: 'I0000000000' } }),
        await coerce(PLACEMENT, { input: { location: 'x' } }),
      ];
      for (const answer of answers) {
        expect(code(answer)).toBe('BAD_USER_INPUT');
        const text = JSON.stringify(answer);
        expect(text).not.toMatch(/Did you mean|"MOVED"|\\"indication\\"|startDate|hoursPerWeek/);
      }
      expect(answers[2].errors[0].message).toMatch(/A required input field was not provided/);
      expect((await ask('{ municipality(code: "GM0984") { name } }')).data).toEqual({ municipality: { name: 'Venray' } });
      expect((await fetch(gateway.url.replace('/graphql', '/'))).status).toBe(404);
    } finally {
      await gateway.close();
    }
  });
});

describe('readiness', () => {
  it('is ready when every subgraph and its database is', async () => {
    const res = await fetch(stack.gatewayUrl.replace('/graphql', '/ready'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', subgraphs: { partners: 'ready', children: 'ready', budgets: 'ready', interventions: 'ready' } });
  });
});

describe('the explorer', () => {
  it("can load the schema: GraphiQL's introspection query is within the limits", async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const res = await post({ query: getIntrospectionQuery() });
    expect(res.status).toBe(200);
    expect(res.json.data.__schema.queryType.name).toBe('Query');
  });
});
