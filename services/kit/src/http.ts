import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLResponse } from '@apollo/server';
import type { Logger } from './log';

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export class BodyTooLarge extends Error {}

/** Reads a request body, refusing (413) before buffering more than `limit` bytes. */
export async function readBody(req: IncomingMessage, limit = DEFAULT_BODY_LIMIT): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function headerMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...extraHeaders });
  res.end(text);
}

/** A GraphQL-shaped error answer for failures before GraphQL execution (auth, size, parsing). */
export function sendGraphQLError(res: ServerResponse, status: number, code: string, message: string, requestId?: string) {
  sendJson(res, status, { errors: [{ message, extensions: { code, ...(requestId ? { requestId } : {}) } }] });
}

export async function writeApolloResponse(res: ServerResponse, response: HTTPGraphQLResponse, extraHeaders: Record<string, string> = {}) {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  for (const [key, value] of Object.entries(extraHeaders)) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** The body of a JSON request as Apollo expects it: parsed JSON, or the raw text when it is not JSON. */
export function parseJsonBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  const text = raw.toString('utf8');
  if (contentType?.includes('application/json')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/** Reads the body, or answers 413 and returns null when it is over the limit. */
export async function readBodyOr413(req: IncomingMessage, res: ServerResponse, limit?: number, requestId?: string): Promise<Buffer | null> {
  try {
    return await readBody(req, limit);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    sendGraphQLError(res, 413, 'BAD_REQUEST', 'Request body too large', requestId);
    return null;
  }
}

/** Hands an HTTP request to Apollo Server (our own integration: no Express needed). */
export function executeApollo<C extends BaseContext>(apollo: ApolloServer<C>, req: IncomingMessage, url: URL, raw: Buffer, context: () => Promise<C>) {
  return apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: (req.method ?? 'GET').toUpperCase(),
      headers: headerMap(req),
      search: url.search,
      body: parseJsonBody(raw, req.headers['content-type']),
    },
    context,
  });
}

/** Turns an async handler into a request listener that never leaks an error to the client. */
export function guarded(handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>, log: Logger) {
  return (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error) => {
      log.error({ err: error }, 'request failed');
      if (!res.headersSent) sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else res.end();
    });
  };
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Listens on `port` (0: a free one). `close` drains: it stops accepting, lets the requests in flight
 * finish (closing each keep-alive socket as it falls idle), forces what is left after `drainMs`, then
 * runs `onClose`.
 */
export async function listenOn(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
  port: number,
  host: string,
  onClose: () => Promise<void>,
  drainMs = 10_000,
): Promise<RunningServer> {
  const server: Server = createServer(listener);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${actual}/graphql`,
    port: actual,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // A socket busy with a request is not idle when close() is called; close it once it is.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      const force = setTimeout(() => server.closeAllConnections(), drainMs);
      server.closeIdleConnections();
      await closed;
      clearInterval(sweep);
      clearTimeout(force);
      await onClose();
    },
  };
}
