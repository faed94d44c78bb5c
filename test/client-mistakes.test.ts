/**
 * Every malformed request shape is the client's mistake: a 4xx with a GraphQL error code, no stack
 * trace in the answer, and no error line in the log (a refusal is logged at info or warn at most).
 * Sent to the gateway (in development and in production mode) and, signed as the gateway signs, to a
 * subgraph: both parse requests.
 */
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import pino from 'pino';
import { CONTEXT_HEADER, SIGNATURE_HEADER, createSubgraphServer, encodeEnvelope, signRequest, type Logger, type RunningServer } from '@kansrijk/kit';
import { TEST_SECRET } from '@kansrijk/kit/src/testing';
import { createGateway } from '../gateway/src/server';
import { signToken } from '../gateway/src/tokens';
import { moduleNamed } from '../scripts/modules';
import { SUPERGRAPH_FILE } from '../scripts/subgraphs';
import { TEST_JWT_SECRET, startStack, type Stack } from './stack';

const CLIENT_CODES = ['BAD_REQUEST', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_SUPPORTED'];
const ISSUER = 'https://login.example-gemeente.nl/';
const AUDIENCE = 'kansrijk';

/** A logger whose lines the test reads back. */
function capturedLogger(name: string): { log: Logger; lines: () => { level: number; msg: string; err?: { stack?: string } }[] } {
  let text = '';
  const sink = new Writable({ write: (chunk, _encoding, done) => ((text += String(chunk)), done()) });
  const log = pino({ name, level: 'info' }, sink) as unknown as Logger;
  return { log, lines: () => text.split('\n').filter(Boolean).map((l) => JSON.parse(l)) };
}

let stack: Stack;
const servers: RunningServer[] = [];
const targets: Record<string, { url: string; headers: (body: Buffer | string, contentType: string, search: string, method: string) => Record<string, string>; lines: ReturnType<typeof capturedLogger>['lines'] }> = {};

beforeAll(async () => {
  stack = await startStack({ seed: ['partners'] });
  const supergraphSdl = readFileSync(SUPERGRAPH_FILE, 'utf8');
  const analyst = { sub: 'mistaken', roles: ['analyst'], municipalities: [], organisations: [] };
  for (const production of [false, true]) {
    const { log, lines } = capturedLogger('gateway');
    const gateway = await createGateway({
      supergraphSdl,
      subgraphUrls: stack.subgraphUrls,
      jwtSecret: TEST_JWT_SECRET,
      subgraphSecret: TEST_SECRET,
      production,
      ...(production ? { jwtIssuer: ISSUER, jwtAudience: AUDIENCE } : {}),
      logger: log,
    }).listen(0);
    servers.push(gateway);
    const token = await signToken(analyst, { secret: TEST_JWT_SECRET, ...(production ? { issuer: ISSUER, audience: AUDIENCE } : {}) });
    targets[production ? 'the production gateway' : 'the gateway'] = {
      url: gateway.url,
      headers: (_body, contentType) => ({ authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true', ...(contentType ? { 'content-type': contentType } : {}) }),
      lines,
    };
  }
  const partners = moduleNamed('partners');
  const { log, lines } = capturedLogger('partners');
  const subgraph = await createSubgraphServer(partners.definition, { dataSource: stack.dataSources.partners, secret: TEST_SECRET, logger: log }).listen(0);
  servers.push(subgraph);
  targets['a subgraph'] = {
    url: subgraph.url,
    // A valid signature over exactly this request: what is wrong is its content, not its origin.
    headers: (body, contentType, search, method) => {
      const envelope = encodeEnvelope({ claims: analyst, requestId: 'client-mistakes', operationName: null, iat: Math.floor(Date.now() / 1000) });
      const signature = signRequest(TEST_SECRET, { method, target: `/graphql${search}`, contentType, envelope, body });
      return { [CONTEXT_HEADER]: envelope, [SIGNATURE_HEADER]: signature, ...(contentType ? { 'content-type': contentType } : {}) };
    },
    lines,
  };
});
afterAll(async () => {
  for (const server of servers) await server.close();
  await stack?.close();
});

interface Shape {
  body?: string | Buffer;
  contentType?: string;
  method?: string;
  search?: string;
  /** Gateway only: subgraphs take POST from the gateway only (a GET is 405 before anything is read). */
  gatewayOnly?: boolean;
}

const json = (value: unknown) => JSON.stringify(value);
const MUNICIPALITY = 'query ($c: ID!) { municipality(code: $c) { name } }';
const deepArray = `{"query":"query ($c: ID!) { municipality(code: $c) { name } }","variables":{"c":${'['.repeat(5000)}${']'.repeat(5000)}}}`;
const deepObject = `{"query":"query ($c: ID!) { municipality(code: $c) { name } }","variables":{"c":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}}`;

const SHAPES: [string, Shape][] = [
  ['an unknown operationName', { body: json({ query: 'query A { __typename }', operationName: 'B' }) }],
  ['two anonymous operations', { body: json({ query: '{ __typename } { __typename }' }) }],
  ['two named operations and no operationName', { body: json({ query: 'query A { __typename } query B { __typename }' }) }],
  ['an operationName that is a number', { body: json({ query: '{ __typename }', operationName: 5 }) }],
  ['an operationName that is an object', { body: json({ query: '{ __typename }', operationName: { a: 1 } }) }],
  ['variables that are a string', { body: json({ query: '{ __typename }', variables: '{}' }) }],
  ['variables that are an array', { body: json({ query: '{ __typename }', variables: [1] }) }],
  ['extensions that are a string', { body: json({ query: '{ __typename }', extensions: 'x' }) }],
  ['a garbage persistedQuery extension', { body: json({ query: '{ __typename }', extensions: { persistedQuery: 'x' } }) }],
  ['a persistedQuery with a wrong hash', { body: json({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }) }],
  ['a query that is a number', { body: json({ query: 5 }) }],
  ['no query', { body: json({ variables: {} }) }],
  ['a body that is null', { body: 'null' }],
  ['a body that is a string', { body: '"{ __typename }"' }],
  ['a batch', { body: json([{ query: '{ __typename }' }, { query: '{ __typename }' }]) }],
  ['an empty batch', { body: '[]' }],
  ['an empty document', { body: json({ query: '' }) }],
  ['a blank document', { body: json({ query: '  \n ' }) }],
  ['a document with only fragments', { body: json({ query: 'fragment F on Query { __typename }' }) }],
  ['a subscription', { body: json({ query: 'subscription { __typename }' }) }],
  ['invalid JSON', { body: '{"query": "{ __typename }"' }],
  ['bytes that are not UTF-8', { body: Buffer.concat([Buffer.from('{"query":"{ __typename }", "x": "'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]) }],
  ['a number out of range in the variables', { body: `{"query":${json(MUNICIPALITY)},"variables":{"c":1e999}}` }],
  ['an integer too large for a double in the variables', { body: `{"query":${json(MUNICIPALITY)},"variables":{"c":123456789012345678901234567890}}` }],
  ['deeply nested arrays in the variables', { body: deepArray }],
  ['deeply nested objects in the variables', { body: deepObject }],
  ['a duplicate key', { body: '{"query":"{ __typename }","query":"{ municipalities { code } }"}' }],
  ['a duplicate key inside the variables', { body: `{"query":${json(MUNICIPALITY)},"variables":{"c":"GM0984","c":"GM0556"}}` }],
  ['a variable of an unknown type', { body: json({ query: 'query ($c: Nope) { __typename }', variables: { c: 1 } }) }],
  ['a variable of the wrong type', { body: json({ query: MUNICIPALITY, variables: { c: { a: 1 } } }) }],
  ['a missing required variable', { body: json({ query: MUNICIPALITY, variables: {} }) }],
  ['an unsupported content type', { body: '<query/>', contentType: 'application/xml' }],
  ['application/graphql', { body: '{ __typename }', contentType: 'application/graphql' }],
  // A Buffer, so that fetch adds no content type of its own.
  ['no content type', { body: Buffer.from(json({ query: '{ __typename }' })), contentType: '' }],
  ['a form post', { body: 'query=%7B__typename%7D', contentType: 'application/x-www-form-urlencoded' }],
  ['a mutation over GET', { method: 'GET', search: `?query=${encodeURIComponent('mutation { __typename }')}`, gatewayOnly: true }],
  ['a GET without a query', { method: 'GET', search: '', gatewayOnly: true }],
  ['a GET with variables that are not JSON', { method: 'GET', search: `?query=${encodeURIComponent(MUNICIPALITY)}&variables=%7B`, gatewayOnly: true }],
  ['a GET with an unknown operationName', { method: 'GET', search: `?query=${encodeURIComponent('query A { __typename }')}&operationName=B`, gatewayOnly: true }],
  ['a PUT', { method: 'PUT', body: json({ query: '{ __typename }' }), gatewayOnly: true }],
];

const TARGETS = ['the gateway', 'the production gateway', 'a subgraph'];
const cases = TARGETS.flatMap((target) => SHAPES.filter(([, shape]) => target !== 'a subgraph' || !shape.gatewayOnly).map(([name, shape]) => [target, name, shape] as const));

describe('malformed requests', () => {
  it.each(cases)('%s answers %s with 4xx and a client error code', async (target, _name, shape) => {
    const { url, headers, lines } = targets[target];
    const method = shape.method ?? 'POST';
    const contentType = shape.contentType ?? (method === 'GET' ? '' : 'application/json');
    const body = shape.body ?? '';
    const before = lines().length;
    const response = await fetch(`${url}${shape.search ?? ''}`, { method, headers: headers(body, contentType, shape.search ?? '', method), body: method === 'GET' ? undefined : typeof body === 'string' ? body : new Uint8Array(body) });
    const text = await response.text();
    expect({ status: response.status, clientError: response.status >= 400 && response.status < 500 }).toEqual({ status: response.status, clientError: true });
    const answer = JSON.parse(text) as { errors: { message: string; extensions: { code: string } }[] };
    expect(CLIENT_CODES).toContain(answer.errors[0].extensions.code);
    expect(text).not.toMatch(/stack|\n\s+at |\.ts:\d+|node_modules|Did you mean/);
    const logged = lines().slice(before);
    expect(logged.filter((l) => l.level >= 50 || l.err?.stack).map((l) => l.msg)).toEqual([]);
  });

  it('answers a valid request on the same servers as before', async () => {
    for (const target of TARGETS) {
      const { url, headers } = targets[target];
      const body = json({ query: MUNICIPALITY, variables: { c: 'GM0984' } });
      const response = await fetch(url, { method: 'POST', headers: headers(body, 'application/json', '', 'POST'), body });
      expect({ target, status: response.status, body: await response.json() }).toEqual({ target, status: 200, body: { data: { municipality: { name: 'Venray' } } } });
    }
  });
});
