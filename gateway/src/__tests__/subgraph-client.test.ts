/**
 * The subgraph client against real local HTTP servers: connections are kept and reused, bounded, and a
 * call past its deadline fails; through the gateway, a timed-out subgraph is a masked error and a signed
 * call is accepted by a real subgraph (partners, on the test database).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { startTestSubgraph, TEST_SECRET, type TestSubgraph } from '@kansrijk/kit/src/testing';
import { moduleNamed } from '../../../scripts/modules';
import { SUPERGRAPH_FILE } from '../../../scripts/subgraphs';
import { createGateway } from '../server';
import { subgraphFetcher, SubgraphTimeoutError, type SubgraphFetcher } from '../subgraph-client';
import { signToken } from '../tokens';

interface Recorder {
  url: string;
  server: Server;
  /** TCP connections the server accepted. */
  connections: number;
  /** The most requests it was answering at once. */
  peak: number;
  /** The client port of each request, in order. */
  ports: number[];
  close(): Promise<void>;
}

async function recorder(answer: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<Recorder> {
  let active = 0;
  const state = { connections: 0, peak: 0, ports: [] as number[] };
  const server = createServer((req, res) => {
    active++;
    state.peak = Math.max(state.peak, active);
    state.ports.push(req.socket.remotePort!);
    res.on('close', () => active--);
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => answer(req, res, body));
  });
  server.keepAliveTimeout = 65_000;
  server.on('connection', () => state.connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}/graphql`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

const json = (res: ServerResponse, value: unknown) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
};

describe('subgraphFetcher', () => {
  let client: SubgraphFetcher;
  let server: Recorder;

  afterEach(async () => {
    await client?.close();
    await server?.close();
  });

  it('sends the request as given and reuses one kept-alive connection for calls one after another', async () => {
    const seen: { method?: string; path?: string; header?: string; body: string }[] = [];
    server = await recorder((req, res, body) => {
      seen.push({ method: req.method, path: req.url, header: req.headers['x-test'] as string, body });
      json(res, { data: { n: seen.length } });
    });
    client = subgraphFetcher({ maxSockets: 4, timeoutMs: 5000 });
    const answers = [];
    for (let i = 0; i < 5; i++) {
      const response = await client(`${server.url}?q=${i}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-test': `t${i}` }, body: `{"i":${i}}` });
      answers.push({ status: response.status, ok: response.ok, type: response.headers.get('Content-Type'), body: await response.json() });
      // undici marks a connection free again on the next turn of the event loop; a call made in the
      // same turn would open a second one (as concurrent calls do, up to maxSockets).
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(answers.map((a) => a.body.data.n)).toEqual([1, 2, 3, 4, 5]);
    expect(answers.every((a) => a.status === 200 && a.ok && a.type === 'application/json')).toBe(true);
    expect(seen[2]).toEqual({ method: 'POST', path: '/graphql?q=2', header: 't2', body: '{"i":2}' });
    expect(server.connections).toBe(1);
    expect(new Set(server.ports).size).toBe(1);
  });

  it('opens at most maxSockets connections; further calls wait for one', async () => {
    const held: ServerResponse[] = [];
    server = await recorder((_req, res) => {
      held.push(res);
      // Answer only once two are held at once, so the calls do overlap.
      if (held.length % 2 === 0) for (const r of held.splice(0)) json(r, { data: {} });
    });
    client = subgraphFetcher({ maxSockets: 2, timeoutMs: 5000 });
    const responses = await Promise.all(Array.from({ length: 8 }, () => client(server.url, { method: 'POST', body: '{}' })));
    expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(server.connections).toBe(2);
    expect(server.peak).toBe(2);
  });

  it('gives up on a call past its deadline', async () => {
    server = await recorder(() => undefined);
    client = subgraphFetcher({ maxSockets: 2, timeoutMs: 100 });
    await expect(client(server.url, { method: 'POST', body: '{}' })).rejects.toBeInstanceOf(SubgraphTimeoutError);
  });

  it('inflates a gzip answer and passes a non-2xx status on', async () => {
    server = await recorder((req, res) => {
      if (req.url?.includes('fail')) {
        res.writeHead(503, { 'content-type': 'text/plain' });
        res.end('down');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(gzipSync(JSON.stringify({ data: { zipped: true } })));
    });
    client = subgraphFetcher({ maxSockets: 2, timeoutMs: 5000, acceptCompression: true });
    const zipped = await client(server.url, { method: 'POST', body: '{}' });
    expect(zipped.headers.get('content-encoding')).toBeNull();
    expect(await zipped.clone().json()).toEqual({ data: { zipped: true } });
    expect(await zipped.text()).toBe('{"data":{"zipped":true}}');
    const failed = await client(`${server.url}?fail`, { method: 'POST', body: '{}' });
    expect({ status: failed.status, ok: failed.ok, body: await failed.text() }).toEqual({ status: 503, ok: false, body: 'down' });
  });
});

describe('the gateway on the subgraph client', () => {
  const JWT = 'subgraph-client-test-jwt';
  let partners: TestSubgraph;
  let hanging: Recorder;

  beforeAll(async () => {
    partners = await startTestSubgraph(moduleNamed('partners'));
    hanging = await recorder(() => undefined);
  });
  afterAll(async () => {
    await hanging?.close();
    await partners?.close();
  });

  async function ask(partnersUrl: string, timeoutMs: number) {
    const gateway = await createGateway({
      supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
      subgraphUrls: { partners: partnersUrl },
      jwtSecret: JWT,
      subgraphSecret: TEST_SECRET,
      subgraphTimeoutMs: timeoutMs,
    }).listen(0);
    try {
      const token = await signToken({ sub: 'client-test', roles: ['analyst'], municipalities: [], organisations: [] }, { secret: JWT });
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ municipality(code: "GM0984") { code name } }' }),
      });
      return (await response.json()) as { data?: any; errors?: any[] };
    } finally {
      await gateway.close();
    }
  }

  it('signs its calls so that the subgraph accepts them', async () => {
    const answer = await ask(partners.url, 5000);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ municipality: { code: 'GM0984', name: 'Venray' } });
  });

  it('answers a masked internal error when the subgraph does not answer within the timeout', async () => {
    const answer = await ask(hanging.url, 200);
    expect(answer.data).toEqual({ municipality: null });
    expect(answer.errors).toEqual([expect.objectContaining({ message: 'Internal server error', extensions: expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR' }) })]);
    expect(JSON.stringify(answer)).not.toMatch(/127\.0\.0\.1|timed out/);
  });
});
