import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { parse } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Claims } from '../auth';
import { listenOn, type RunningServer } from '../http';
import { referenceChecker, type Reference } from '../references';

const organisationRef = (id: string, field: string): Reference => ({ owner: 'partners', typename: 'Organisation', key: 'id', value: id, field });
const municipalityRef = (code: string, field: string): Reference => ({ owner: 'partners', typename: 'Municipality', key: 'code', value: code, field });
import { createSubgraphServer } from '../subgraph';
import { TEST_SECRET, claims } from '../testing';

/**
 * A real (small) subgraph owning Organisation and Municipality, served by the kit's own server with
 * signature checking: it records who asked, under which request id, and how many requests came in.
 */
const KNOWN = { Organisation: new Set(['unik', 'spovenray']), Municipality: new Set(['GM0984']) };
const seen: { requestId: string; claims: Claims; keys: string[] }[] = [];
let requests = 0;
let delayMs = 0;

const definition = {
  name: 'owner',
  typeDefs: parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
    type Query { ping: String }
    type Organisation @key(fields: "id") { id: ID! }
    type Municipality @key(fields: "code") { code: ID! }
  `),
  resolvers: {
    Organisation: {
      __resolveReference: (ref: { id: string }, ctx: { requestId: string; viewer: { claims: Claims } }) => {
        seen.push({ requestId: ctx.requestId, claims: ctx.viewer.claims, keys: [ref.id] });
        return KNOWN.Organisation.has(ref.id) ? { id: ref.id } : null;
      },
    },
    Municipality: {
      __resolveReference: (ref: { code: string }) => (KNOWN.Municipality.has(ref.code) ? { code: ref.code } : null),
    },
  },
  createLoaders: () => ({}),
  viewer: (claims: Claims) => ({ claims }),
};

let owner: RunningServer;
let url: string;

beforeAll(async () => {
  const server = createSubgraphServer(definition, { dataSource: {} as DataSource, secret: TEST_SECRET });
  const counted = (req: IncomingMessage, res: ServerResponse) => {
    requests++;
    return delayMs ? void setTimeout(() => server.handler(req, res), delayMs) : server.handler(req, res);
  };
  owner = await listenOn(counted, 0, '127.0.0.1', () => server.stop());
  url = owner.url;
});
afterAll(() => owner?.close());
beforeEach(() => {
  seen.length = 0;
  requests = 0;
  delayMs = 0;
});

const officer = claims('officer', { municipalities: ['GM0984'] });
const checker = (options: Partial<{ secret: string; timeoutMs: number; urls: Record<string, string> }> = {}) =>
  referenceChecker({ urls: { partners: url }, secret: TEST_SECRET, ...options }, { claims: officer, requestId: 'req-123', operationName: 'CreateIntervention' });

describe('referenceChecker', () => {
  it('asks the owner once for every key, with the caller\'s claims and request id, and names the unknown ones in order', async () => {
    const refs = [
      municipalityRef('GM0984', 'input.municipality'),
      organisationRef('unik', 'input.organisations[0]'),
      organisationRef('nope', 'input.organisations[1]'),
      organisationRef('spovenray', 'input.organisations[2]'),
      organisationRef('nope', 'input.other[0]'),
    ];
    expect((await checker().missing(refs)).map((r) => r.field)).toEqual(['input.organisations[1]', 'input.other[0]']);
    expect(requests).toBe(1);
    // Each distinct key once, every one under the request id and claims of the write that asked.
    expect(seen.map((s) => s.keys[0]).sort()).toEqual(['nope', 'spovenray', 'unik']);
    expect(seen.every((s) => s.requestId === 'req-123' && s.claims.sub === officer.sub && s.claims.roles.includes('officer'))).toBe(true);
  });

  it('throws BAD_USER_INPUT naming the first unknown field, and asks nothing for no keys', async () => {
    await expect(checker().assertExist([organisationRef('unik', 'a'), municipalityRef('GM9999', 'input.municipality')])).rejects.toMatchObject({
      message: 'input.municipality: GM9999 is not a known municipality',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.municipality' },
    });
    expect(requests).toBe(1);
    await checker().assertExist([]);
    expect(requests).toBe(1);
    await checker().assertExist([organisationRef('unik', 'a')]);
    expect(requests).toBe(2);
  });

  it('answers from memory what the same request already asked: a prefetch before the transaction, the check inside it', async () => {
    const c = checker();
    await c.prefetch([organisationRef('unik', 'x'), organisationRef('nope', 'y'), municipalityRef('GM0984', 'z')]);
    expect(requests).toBe(1);
    await c.assertExist([organisationRef('unik', 'input.organisations[0]'), municipalityRef('GM0984', 'input.municipality')]);
    await expect(c.assertExist([organisationRef('nope', 'input.organisations[1]')])).rejects.toMatchObject({ extensions: { field: 'input.organisations[1]' } });
    expect(requests).toBe(1);
    // A key not asked before still goes to the owner.
    await c.assertExist([organisationRef('spovenray', 'input.organisations[2]')]);
    expect(requests).toBe(2);
    // A prefetch is best effort: an owner that cannot answer is reported by the check, not the prefetch,
    // and the check does not ask it again (it may run inside a transaction).
    const down = checker({ urls: {} });
    await expect(down.prefetch([organisationRef('unik', 'x')])).resolves.toBeUndefined();
    await expect(down.assertExist([organisationRef('unik', 'x')])).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    await expect(down.assertExist([])).resolves.toBeUndefined();
    const slow = checker({ timeoutMs: 50 });
    delayMs = 500;
    const before = requests;
    await slow.prefetch([organisationRef('unik', 'x')]);
    await expect(slow.assertExist([organisationRef('unik', 'input.organisations[0]')])).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect(requests).toBe(before + 1);
  });

  it('is SERVICE_UNAVAILABLE, with no URL or host, when the owner is unreachable, slow, unconfigured or refuses the signature', async () => {
    const closed = createHttpServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    const ref = [organisationRef('unik', 'input.organisations[0]')];
    const failures = [
      checker({ urls: { partners: `http://127.0.0.1:${port}/graphql` } }),
      checker({ urls: {} }),
      checker({ secret: 'not-the-shared-secret' }),
    ];
    delayMs = 0;
    for (const c of failures) {
      const error = await c.assertExist(ref).then(() => null, (e: Error & { extensions?: unknown }) => e);
      expect(error?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
      expect(error?.message).toBe('The partners subgraph could not be reached to check input.organisations[0]; nothing was written. Please try again later.');
    }
    delayMs = 1_000;
    const started = Date.now();
    await expect(checker({ timeoutMs: 100 }).assertExist(ref)).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect(Date.now() - started).toBeLessThan(900);
  });
});
