import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate } from 'node:zlib';
import type { Fetcher, FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';
import { Agent } from 'undici';

/**
 * The gateway's HTTP client for subgraph calls: undici's connection pool, HTTP/1.1 keep-alive, at most
 * `maxSockets` connections to the subgraph, and a deadline on each call. It replaces make-fetch-happen,
 * whose agent (agent-base) builds an `Error().stack` on every request to guess its caller: under tsx every
 * such stack is source-mapped, and that was a third of the gateway's CPU under load (BENCHMARKS.md).
 * It is shaped as @apollo/utils.fetcher's `Fetcher` (RemoteGraphQLDataSource's `fetcher`), so signing,
 * retries or metrics wrap it as one fetcher wraps another.
 */
export interface SubgraphClientOptions {
  /** Connections to one subgraph origin at most (SUBGRAPH_MAX_SOCKETS); further calls queue for one. */
  maxSockets: number;
  /** A call, answer body included, is given up on after this many milliseconds (SUBGRAPH_TIMEOUT_MS). */
  timeoutMs: number;
  /**
   * Ask for compressed answers (`accept-encoding: gzip, deflate`). Off by default: next to the gateway a
   * subgraph's answer is a few KB, and compressing and inflating it costs both sides more CPU than the
   * bytes save. On a slow link (a subgraph in another data centre) it pays. A compressed answer is
   * inflated either way.
   */
  acceptCompression?: boolean;
  /** How long an idle connection is kept open (ms); the subgraphs keep theirs 65 s. */
  keepAliveTimeoutMs?: number;
}

export interface SubgraphFetcher extends Fetcher {
  /** Closes the pooled connections (at shutdown; calls after it fail). */
  close(): Promise<void>;
}

/** A subgraph call past its deadline. Not a public error code: the client sees a masked internal error. */
export class SubgraphTimeoutError extends Error {
  readonly code = 'SUBGRAPH_TIMEOUT';
  constructor(timeoutMs: number) {
    super(`subgraph call timed out after ${timeoutMs} ms`);
    this.name = 'SubgraphTimeoutError';
  }
}

const inflaters: Record<string, (buffer: Buffer) => Promise<Buffer>> = {
  gzip: promisify(gunzip),
  'x-gzip': promisify(gunzip),
  deflate: promisify(inflate),
  br: promisify(brotliDecompress),
};

/** Answer headers as undici gives them (lower-case names), behind the Headers-like interface Apollo reads. */
class ResponseHeaders implements FetcherHeaders {
  private readonly map = new Map<string, string>();
  constructor(raw: Record<string, string | string[] | undefined>) {
    for (const [name, value] of Object.entries(raw)) if (value !== undefined) this.map.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  get(name: string) {
    return this.map.get(name.toLowerCase()) ?? null;
  }
  has(name: string) {
    return this.map.has(name.toLowerCase());
  }
  set(name: string, value: string) {
    this.map.set(name.toLowerCase(), value);
  }
  append(name: string, value: string) {
    const had = this.get(name);
    this.set(name, had === null ? value : `${had}, ${value}`);
  }
  delete(name: string) {
    this.map.delete(name.toLowerCase());
  }
  entries() {
    return this.map.entries();
  }
  keys() {
    return this.map.keys();
  }
  values() {
    return this.map.values();
  }
  [Symbol.iterator]() {
    return this.map.entries();
  }
}

/** The answer, read whole before it is handed on: the deadline covers the body and the connection is free again at once. */
class SubgraphResponse implements FetcherResponse {
  readonly redirected = false;
  bodyUsed = false;
  constructor(
    readonly url: string,
    readonly status: number,
    readonly headers: ResponseHeaders,
    private readonly body: Buffer,
  ) {}
  get ok() {
    return this.status >= 200 && this.status < 300;
  }
  get statusText() {
    return '';
  }
  private take(): Buffer {
    if (this.bodyUsed) throw new TypeError('body used already');
    this.bodyUsed = true;
    return this.body;
  }
  async text() {
    return this.take().toString('utf8');
  }
  async json() {
    return JSON.parse(this.take().toString('utf8'));
  }
  async arrayBuffer(): Promise<ArrayBuffer> {
    const body = this.take();
    return body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer;
  }
  clone(): FetcherResponse {
    if (this.bodyUsed) throw new TypeError('body used already');
    return new SubgraphResponse(this.url, this.status, this.headers, this.body);
  }
}

export function subgraphFetcher(options: SubgraphClientOptions): SubgraphFetcher {
  const agent = new Agent({
    connections: options.maxSockets,
    // One request at a time per connection: a pipelined call would wait behind a slow one.
    pipelining: 1,
    keepAliveTimeout: options.keepAliveTimeoutMs ?? 30_000,
    // The deadline below is the only timeout: undici's own (300 s) would only fire after it.
    headersTimeout: 0,
    bodyTimeout: 0,
  });
  const fetcher = async (url: string, init: FetcherRequestInit = {}): Promise<FetcherResponse> => {
    const target = new URL(url);
    const headers: Record<string, string> = { ...init.headers };
    if (options.acceptCompression) headers['accept-encoding'] = 'gzip, deflate';
    const deadline = AbortSignal.timeout(options.timeoutMs);
    const signal = init.signal ? AbortSignal.any([deadline, init.signal as AbortSignal]) : deadline;
    try {
      const answer = await agent.request({
        origin: target.origin,
        path: target.pathname + target.search,
        method: (init.method ?? 'POST') as 'POST',
        headers,
        body: init.body,
        signal,
      });
      let body: Buffer = Buffer.from(await answer.body.arrayBuffer());
      const encoding = answer.headers['content-encoding'];
      const inflate = typeof encoding === 'string' ? inflaters[encoding.trim().toLowerCase()] : undefined;
      const responseHeaders = new ResponseHeaders(answer.headers);
      if (inflate) {
        body = await inflate(body);
        responseHeaders.delete('content-encoding');
        responseHeaders.delete('content-length');
      }
      return new SubgraphResponse(url, answer.statusCode, responseHeaders, body);
    } catch (error) {
      if (deadline.aborted) throw new SubgraphTimeoutError(options.timeoutMs);
      throw error;
    }
  };
  return Object.assign(fetcher, { close: () => agent.close() });
}
