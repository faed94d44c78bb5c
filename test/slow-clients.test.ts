/**
 * Slow and greedy clients: headers or a body trickled a byte at a time are cut off (408) within the
 * configured timeouts and hold no server meanwhile; a request without a token is refused (401) from
 * its headers, before its body is read; connections beyond the cap are dropped. The timeouts are made
 * small here; the bounds asserted are several times larger, so a loaded machine does not fail them.
 * No database: the gateway answers `{ __typename }` itself, and the subgraph's refusals come first.
 */
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { parse } from 'graphql';
import type { DataSource } from 'typeorm';
import { CONTEXT_HEADER, SIGNATURE_HEADER, createSubgraphServer, listenOn, type RunningServer } from '@kansrijk/kit';
import { TEST_SECRET } from '@kansrijk/kit/src/testing';
import { createGateway } from '../gateway/src/server';
import { signToken } from '../gateway/src/tokens';
import { SUPERGRAPH_FILE } from '../scripts/subgraphs';
import { TEST_JWT_SECRET } from './stack';

const LIMITS = { headersTimeoutMs: 1000, requestTimeoutMs: 3000, bodyTimeoutMs: 1000 };
/** How long a test waits for the server to cut a client off before calling it held: far over the limits. */
const GIVE_UP_MS = 8000;

let gateway: RunningServer;
let subgraph: RunningServer;
let token: string;

beforeAll(async () => {
  const unreachable = 'http://127.0.0.1:9/graphql';
  gateway = await createGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls: { partners: unreachable, children: unreachable, budgets: unreachable, interventions: unreachable },
    jwtSecret: TEST_JWT_SECRET,
    subgraphSecret: TEST_SECRET,
    server: LIMITS,
  }).listen(0);
  token = await signToken({ sub: 'slow', roles: ['analyst'], municipalities: [], organisations: [] }, { secret: TEST_JWT_SECRET });
  const definition = {
    name: 'tiny',
    typeDefs: parse('type Query { ping: String }'),
    resolvers: { Query: { ping: () => 'pong' } },
    viewer: () => null,
    createLoaders: () => ({}),
  };
  // Never queried: every request here is refused before a resolver runs.
  subgraph = await createSubgraphServer(definition, { dataSource: {} as DataSource, secret: TEST_SECRET, server: LIMITS }).listen(0);
});
afterAll(async () => {
  await gateway?.close();
  await subgraph?.close();
});

interface RawAnswer {
  /** What the server sent before it closed the connection. */
  text: string;
  /** Milliseconds from connecting until the server closed; null when it still had not after GIVE_UP_MS. */
  closedAfterMs: number | null;
  /** Bytes of the body the client had sent when the answer began. */
  bodySentAtAnswer: number | null;
}

/**
 * Sends `head` over a raw socket, then `trickle` (when given) a piece every `everyMs` until the server
 * answers or closes; records what came back and when the server closed the connection.
 */
function rawRequest(port: number, head: string, trickle?: { piece: string; everyMs: number; body?: boolean }): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket: Socket = connect(port, '127.0.0.1');
    let text = '';
    let bodySent = head.includes('\r\n\r\n') ? Buffer.byteLength(head.split('\r\n\r\n')[1]) : 0;
    let bodySentAtAnswer: number | null = null;
    const timer = trickle
      ? setInterval(() => {
          if (socket.writable) socket.write(trickle.piece);
          if (trickle.body !== false) bodySent += Buffer.byteLength(trickle.piece);
        }, trickle.everyMs)
      : null;
    const done = (closedAfterMs: number | null) => {
      if (timer) clearInterval(timer);
      clearTimeout(giveUp);
      socket.destroy();
      resolve({ text, closedAfterMs, bodySentAtAnswer });
    };
    const giveUp = setTimeout(() => done(null), GIVE_UP_MS);
    socket.on('data', (chunk) => {
      if (!text) bodySentAtAnswer = bodySent;
      text += String(chunk);
    });
    // A reset after the answer (the server closed with our bytes unread) is a close too.
    socket.on('error', () => undefined);
    socket.on('close', () => done(Date.now() - started));
    socket.write(head);
  });
}

const portOf = (server: RunningServer) => server.port;
const post = (headers: Record<string, string>, contentLength: number, bodyStart: string) =>
  [`POST /graphql HTTP/1.1`, 'Host: 127.0.0.1', 'Content-Type: application/json', `Content-Length: ${contentLength}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), '', bodyStart].join('\r\n');

async function typename(): Promise<{ status: number; body: unknown }> {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  return { status: response.status, body: await response.json() };
}

describe('slow clients', () => {
  it('cuts off bodies trickled a byte at a time (408), and answers a normal request meanwhile', async () => {
    const openedAt = Date.now();
    const tricklers = Array.from({ length: 20 }, () =>
      rawRequest(portOf(gateway), post({ Authorization: `Bearer ${token}` }, 1000, '{"query":"'), { piece: ' ', everyMs: 100 }),
    );
    await new Promise((r) => setTimeout(r, 200));
    const normal = await typename();
    const normalAnsweredAt = Date.now();
    const answers = await Promise.all(tricklers);
    expect(normal).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
    for (const answer of answers) {
      expect(answer.closedAfterMs).not.toBeNull();
      expect(answer.closedAfterMs!).toBeLessThan(LIMITS.bodyTimeoutMs + 4000);
      expect(answer.text).toMatch(/^HTTP\/1\.1 408/);
      expect(answer.text).toContain('Request body not received in time');
    }
    // The normal request did not wait for the tricklers to be cut off.
    expect(normalAnsweredAt).toBeLessThan(openedAt + Math.min(...answers.map((a) => a.closedAfterMs!)));
  });

  it('cuts off headers trickled a line at a time (408)', async () => {
    const answer = await rawRequest(portOf(gateway), 'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\n', { piece: 'X-Slow: 1\r\n', everyMs: 100, body: false });
    expect(answer.closedAfterMs).not.toBeNull();
    expect(answer.closedAfterMs!).toBeLessThan(LIMITS.headersTimeoutMs + 4000);
    expect(answer.text).toMatch(/^HTTP\/1\.1 408/);
  });

  it('refuses a request without a token from its headers (401), without reading its body', async () => {
    // 90 kB declared (under the body limit), 1 kB sent, the rest never: the answer cannot wait for it.
    const answer = await rawRequest(portOf(gateway), post({}, 90_000, `{"query":"${' '.repeat(1000)}`), { piece: ' ', everyMs: 200 });
    expect(answer.text).toMatch(/^HTTP\/1\.1 401/);
    expect(answer.text).toContain('UNAUTHENTICATED');
    expect(answer.bodySentAtAnswer!).toBeLessThan(90_000);
    // The connection is closed after the answer instead of being drained to the end of the body.
    expect(answer.closedAfterMs).not.toBeNull();
    expect(answer.closedAfterMs!).toBeLessThan(4000);
  });

  it('answers a body over the limit with 413 before it is sent', async () => {
    const answer = await rawRequest(portOf(gateway), post({ Authorization: `Bearer ${token}` }, 10_000_000, '{"query":"'), { piece: ' ', everyMs: 200 });
    expect(answer.text).toMatch(/^HTTP\/1\.1 413/);
    expect(answer.closedAfterMs).not.toBeNull();
  });
});

describe('a subgraph', () => {
  it('refuses a request without the gateway signature before reading its body (401)', async () => {
    const answer = await rawRequest(portOf(subgraph), post({}, 90_000, '{"query":"'), { piece: ' ', everyMs: 200 });
    expect(answer.text).toMatch(/^HTTP\/1\.1 401/);
    expect(answer.bodySentAtAnswer!).toBeLessThan(90_000);
    expect(answer.closedAfterMs).not.toBeNull();
    expect(answer.closedAfterMs!).toBeLessThan(4000);
  });

  it('cuts off a trickled body (408)', async () => {
    const answer = await rawRequest(portOf(subgraph), post({ [CONTEXT_HEADER]: 'e30', [SIGNATURE_HEADER]: 'x' }, 1000, '{"query":"'), { piece: ' ', everyMs: 100 });
    expect(answer.closedAfterMs).not.toBeNull();
    expect(answer.closedAfterMs!).toBeLessThan(LIMITS.bodyTimeoutMs + 4000);
    expect(answer.text).toMatch(/^HTTP\/1\.1 408/);
  });
});

describe('the connection cap', () => {
  it('drops connections beyond maxConnections, and serves again once one closes', async () => {
    const server = await listenOn((_req, res) => res.end('ok'), 0, '127.0.0.1', async () => undefined, { maxConnections: 2 });
    const open = (): Promise<Socket> => new Promise((resolve) => {
      const socket = connect(server.port, '127.0.0.1', () => resolve(socket));
      socket.on('error', () => undefined);
    });
    const closedSoon = (socket: Socket) => new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 3000);
      socket.once('close', () => (clearTimeout(timer), resolve(true)));
    });
    try {
      const held = [await open(), await open()];
      // Wait until the server has accepted both before the third.
      await new Promise((r) => setTimeout(r, 200));
      const third = await open();
      expect(await closedSoon(third)).toBe(true);
      held[0].destroy();
      let status = 0;
      for (let i = 0; i < 40 && status !== 200; i++) {
        await new Promise((r) => setTimeout(r, 50));
        status = await fetch(server.url, { headers: { connection: 'close' } }).then((r) => r.status, () => 0);
      }
      expect(status).toBe(200);
      held[1].destroy();
    } finally {
      await server.close();
    }
  });
});
