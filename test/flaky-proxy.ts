/**
 * An HTTP proxy in front of a subgraph, for fault tests: it counts every request by the kind of
 * operation in its body and, request by request, forwards it untouched (the gateway's signature covers
 * only what it passes on as it is), drops the connection without an answer, or answers a status itself.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ProxyStep = 'forward' | 'drop' | number;

export interface FlakyProxy {
  url: string;
  /** The kind of each request received, in order: 'query', 'mutation' or 'other'. */
  received: string[];
  /** Steps for the next requests, taken one each; when empty, `otherwise` applies. */
  plan: ProxyStep[];
  otherwise: ProxyStep;
  close(): Promise<void>;
}

const PASSED_ON = ['content-type', 'x-kansrijk-context', 'x-kansrijk-signature', 'x-request-id'];

export async function flakyProxy(target: string): Promise<FlakyProxy> {
  const proxy: FlakyProxy = { url: '', received: [], plan: [], otherwise: 'forward', close: async () => undefined };
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    let kind = 'other';
    try {
      kind = /^\s*(mutation|subscription)\b/.exec(JSON.parse(body).query)?.[1] ?? 'query';
    } catch {
      // not a GraphQL request
    }
    proxy.received.push(kind);
    const step = proxy.plan.length ? proxy.plan.shift()! : proxy.otherwise;
    if (step === 'drop') return req.socket.destroy();
    if (typeof step === 'number') return void res.writeHead(step, { 'content-type': 'text/plain' }).end('proxy says no');
    const headers = Object.fromEntries(PASSED_ON.filter((h) => req.headers[h]).map((h) => [h, String(req.headers[h])]));
    try {
      const answer = await fetch(target, { method: req.method, headers, body });
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' }).end(Buffer.from(await answer.arrayBuffer()));
    } catch {
      res.writeHead(502).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  proxy.close = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return proxy;
}
