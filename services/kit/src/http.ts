import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLResponse } from '@apollo/server';
import { setting } from './config';
import type { Logger } from './log';

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/**
 * How long a client may take to send its request. Node's own defaults (60 s for the headers, 5 min for
 * the whole request, checked every 30 s) let a thousand clients that trickle a byte at a time hold a
 * thousand sockets for minutes.
 */
export interface ServerLimits {
  /** The request line and headers must arrive within this (Node answers 408 and closes). */
  headersTimeoutMs: number;
  /** The whole request, headers and body, must arrive within this (Node answers 408 and closes). */
  requestTimeoutMs: number;
  /** Once the handler starts reading the body, it must be complete within this (408). */
  bodyTimeoutMs: number;
  /** Connections open at once; more are dropped on arrival. */
  maxConnections: number;
}

export const DEFAULT_SERVER_LIMITS: ServerLimits = { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, bodyTimeoutMs: 10_000, maxConnections: 1024 };

/** The server limits as environment variables, for the gateway and every subgraph. */
export const serverSettings = {
  HEADERS_TIMEOUT_MS: setting.integer(DEFAULT_SERVER_LIMITS.headersTimeoutMs, { min: 1 }),
  REQUEST_TIMEOUT_MS: setting.integer(DEFAULT_SERVER_LIMITS.requestTimeoutMs, { min: 1 }),
  BODY_TIMEOUT_MS: setting.integer(DEFAULT_SERVER_LIMITS.bodyTimeoutMs, { min: 1 }),
  MAX_CONNECTIONS: setting.integer(DEFAULT_SERVER_LIMITS.maxConnections, { min: 1 }),
};

export function serverLimitsFrom(config: { [K in keyof typeof serverSettings]: number }): ServerLimits {
  return {
    headersTimeoutMs: config.HEADERS_TIMEOUT_MS,
    requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
    bodyTimeoutMs: config.BODY_TIMEOUT_MS,
    maxConnections: config.MAX_CONNECTIONS,
  };
}

/** Node refuses a headers timeout longer than the request timeout; say so at start, naming the variable. */
export function serverLimitProblems(config: { [K in keyof typeof serverSettings]: number }): { variable: string; message: string }[] {
  return config.HEADERS_TIMEOUT_MS > config.REQUEST_TIMEOUT_MS ? [{ variable: 'HEADERS_TIMEOUT_MS', message: 'must not be longer than REQUEST_TIMEOUT_MS' }] : [];
}

/**
 * A request the client got wrong (too large, too slow, not JSON, ...): answered with its status and a
 * GraphQL error code, logged as a refusal, never as a failure with a stack trace.
 */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

/** Kept for callers that test for it: a body over the limit. */
export class BodyTooLarge extends RequestError {
  constructor() {
    super(413, 'BAD_REQUEST', 'Request body too large');
  }
}

export interface ReadBodyOptions {
  limit?: number;
  timeoutMs?: number;
}

/**
 * Reads a request body, refusing (413) before buffering more than `limit` bytes, and (408) a body
 * that is not complete within `timeoutMs` of starting to read it.
 */
export function readBody(req: IncomingMessage, limitOrOptions: number | ReadBodyOptions = {}): Promise<Buffer> {
  const { limit = DEFAULT_BODY_LIMIT, timeoutMs = DEFAULT_SERVER_LIMITS.bodyTimeoutMs } = typeof limitOrOptions === 'number' ? { limit: limitOrOptions } : limitOrOptions;
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(new BodyTooLarge());
  if (req.complete && req.readableEnded) return Promise.resolve(Buffer.alloc(0));
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (error: RequestError | null) => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('error', onGone).off('close', onGone);
      if (!error) return resolve(Buffer.concat(chunks));
      // Stop pulling the rest off the wire; the answer closes the connection.
      req.pause();
      reject(error);
    };
    const timer = setTimeout(() => finish(new RequestError(408, 'BAD_REQUEST', 'Request body not received in time')), timeoutMs);
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return finish(new BodyTooLarge());
      chunks.push(chunk);
    };
    const onEnd = () => finish(null);
    // The client went away before the body was complete.
    const onGone = () => finish(new RequestError(400, 'BAD_REQUEST', 'Request body incomplete'));
    req.on('data', onData).on('end', onEnd).on('error', onGone).on('close', onGone);
  });
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

/**
 * Answers a request without (all of) its body read: the connection is closed after the answer, so a
 * client still sending is cut off instead of being read to the end (Node would drain the rest).
 */
export function refuse(req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string, requestId?: string) {
  if (!req.complete) res.setHeader('connection', 'close');
  sendGraphQLError(res, status, code, message, requestId);
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

/** Deeper JSON than any operation's variables need; a hundred-kilobyte body could nest 50,000 levels. */
export const MAX_JSON_DEPTH = 64;

const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * What JSON.parse lets through silently but a GraphQL request must not carry: a key twice (which one
 * counts depends on the parser: the gateway and a proxy could see different operations), nesting past
 * `maxDepth` (recursive code further on, JSON.stringify among it, overflows its stack), and numbers that
 * do not survive parsing (1e999 becomes Infinity, then null when forwarded; a 20-digit integer loses
 * its last digits). Malformed JSON is left to JSON.parse.
 */
export function jsonProblem(text: string, maxDepth = MAX_JSON_DEPTH): string | null {
  const keys: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{' || c === '[') {
      keys.push(c === '{' ? new Set() : null);
      if (keys.length > maxDepth) return `Request body is nested more than ${maxDepth} levels deep`;
      expectKey = c === '{';
    } else if (c === '}' || c === ']') {
      keys.pop();
      expectKey = false;
    } else if (c === ',') {
      expectKey = keys.length > 0 && keys[keys.length - 1] !== null;
    } else if (c === ':') {
      expectKey = false;
    } else if (c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (expectKey) {
        let key: string;
        try {
          key = JSON.parse(text.slice(i, end + 1));
        } catch {
          return null;
        }
        const seen = keys[keys.length - 1];
        if (seen?.has(key)) return `Request body has the key ${JSON.stringify(key.slice(0, 40))} twice in one object`;
        seen?.add(key);
        expectKey = false;
      }
      i = end;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text);
      if (!match) return null;
      const value = Number(match[0]);
      if (!Number.isFinite(value)) return 'Request body has a number out of range';
      if (/^-?\d+$/.test(match[0]) && !Number.isSafeInteger(value)) return 'Request body has an integer too large to represent exactly; send it as a string';
      i += match[0].length - 1;
    }
  }
  return null;
}

/**
 * The body of a request as Apollo expects it: parsed JSON for a JSON content type, the text otherwise
 * (Apollo refuses that with 400). Bytes that are not UTF-8, malformed JSON and the shapes of
 * `jsonProblem` are refused here with 400 BAD_REQUEST.
 */
export function parseJsonBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw new RequestError(400, 'BAD_REQUEST', 'Request body is not valid UTF-8');
  }
  if (!contentType?.toLowerCase().includes('json')) return text;
  const problem = jsonProblem(text);
  if (problem) throw new RequestError(400, 'BAD_REQUEST', problem);
  try {
    return JSON.parse(text);
  } catch {
    throw new RequestError(400, 'BAD_REQUEST', 'Request body is not valid JSON');
  }
}

/** Reads the body, or answers 413 / 408 / 400 and returns null when it is over the limit, too slow or cut off. */
export async function readBodyOr413(req: IncomingMessage, res: ServerResponse, limitOrOptions?: number | ReadBodyOptions, requestId?: string): Promise<Buffer | null> {
  try {
    return await readBody(req, limitOrOptions);
  } catch (error) {
    if (!(error instanceof RequestError)) throw error;
    refuse(req, res, error.status, error.code, error.message, requestId);
    return null;
  }
}

/** Hands an HTTP request to Apollo Server (our own integration: no Express needed). Throws RequestError for a body that is not JSON. */
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

/**
 * Turns an async handler into a request listener that never leaks an error to the client. A
 * RequestError is the client's mistake: its status and code, logged at info without a stack; anything
 * else is ours: 500, logged as an error. A handler that set `x-request-id` gets it into the answer.
 */
export function guarded(handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>, log: Logger) {
  return (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error) => {
      const requestId = res.getHeader('x-request-id') as string | undefined;
      if (error instanceof RequestError) {
        log.info({ requestId, status: error.status, reason: error.message }, 'refused request');
        if (!res.headersSent) refuse(req, res, error.status, error.code, error.message, requestId);
        else res.end();
        return;
      }
      log.error({ requestId, err: error }, 'request failed');
      if (!res.headersSent) sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error', requestId);
      else res.end();
    });
  };
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface ListenOptions extends Partial<ServerLimits> {
  /** How long `close` lets the requests in flight finish before it closes their connections. */
  drainMs?: number;
}

/**
 * Listens on `port` (0: a free one), with the header and request timeouts and the connection cap of
 * `options` (defaults: DEFAULT_SERVER_LIMITS). `close` drains: it stops accepting, lets the requests in
 * flight finish (closing each keep-alive socket as it falls idle), forces what is left after `drainMs`,
 * then runs `onClose`. A number as `options` is `drainMs` (the older signature).
 */
export async function listenOn(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
  port: number,
  host: string,
  onClose: () => Promise<void>,
  options: number | ListenOptions = {},
): Promise<RunningServer> {
  const { drainMs = 10_000, ...given } = typeof options === 'number' ? { drainMs: options } : options;
  const limits = { ...DEFAULT_SERVER_LIMITS, ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) } as ServerLimits;
  const requestTimeout = limits.requestTimeoutMs;
  const headersTimeout = Math.min(limits.headersTimeoutMs, requestTimeout);
  const server: Server = createServer(
    {
      headersTimeout,
      requestTimeout,
      // Node looks for overdue requests on this interval (30 s by default): often enough for the timeouts to mean what they say.
      connectionsCheckingInterval: Math.max(20, Math.min(1000, Math.floor(headersTimeout / 4))),
    },
    listener,
  );
  server.keepAliveTimeout = 65_000;
  server.maxConnections = limits.maxConnections;
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
