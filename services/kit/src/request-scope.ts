/**
 * A request's SQL ends with the request. When the caller goes away (the gateway gave up on this subgraph
 * and closed its socket, or any other client disconnected) or the subgraph's own deadline
 * (REQUEST_DEADLINE_MS) passes, the statements the request is running are cancelled in PostgreSQL and
 * its connections go back to the pool, instead of running on for an answer nobody reads; statements it
 * would start afterwards are not sent.
 *
 * The request is found from the query through AsyncLocalStorage: every resolver, loader and write of a
 * request runs inside its scope, so no code between the HTTP request and the driver has to pass a
 * signal along. Statements outside any request (background jobs, tasks, migrations) are untouched.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { connect } from 'node:net';
import type { DataSource } from 'typeorm';

/** The part of a pg `Client` this needs: its backend's cancel key and where its server is. */
interface PgClient {
  processID?: number;
  secretKey?: number;
  host?: string;
  port?: number;
  query: (...args: unknown[]) => unknown;
}

interface Running {
  client: PgClient;
  sql: string;
  /** The cancel request sent for it, if one was: settled once the server has signalled the backend. */
  cancelled?: Promise<void>;
}

interface Scope {
  signal: AbortSignal;
  running: Set<Running>;
}

const scopes = new AsyncLocalStorage<Scope>();

/** A statement a request whose caller is gone wanted to start: refused before it is sent. */
export class RequestAbortedError extends Error {
  constructor(reason: string) {
    super(`request ended (${reason}): statement not sent`);
    this.name = 'RequestAbortedError';
  }
}

/** Ending a transaction is never refused or cancelled: its connection must go back to the pool clean. */
const ENDS_TRANSACTION = /^\s*(ROLLBACK|COMMIT|END|RELEASE)\b/i;

/** How long a statement's end waits for its cancel request to be handled (PGlite never answers one). */
const CANCEL_WAIT_MS = 1000;

/**
 * PostgreSQL's CancelRequest on a connection of its own: no login, no pooled connection needed (the
 * pool may be full of the very statements to cancel). The server signals the backend, then closes.
 */
function sendCancel(client: PgClient): Promise<void> {
  const { processID, secretKey, host, port } = client;
  if (!processID || secretKey === undefined || !port) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const socket = host?.startsWith('/') ? connect(`${host}/.s.PGSQL.${port}`) : connect(port, host ?? 'localhost');
    const packet = Buffer.alloc(16);
    packet.writeInt32BE(16, 0);
    packet.writeInt32BE(80877102, 4);
    packet.writeInt32BE(processID, 8);
    packet.writeInt32BE(secretKey, 12);
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve();
    };
    const timer = setTimeout(done, CANCEL_WAIT_MS);
    socket.once('connect', () => socket.end(packet));
    socket.once('close', done);
    socket.once('error', done);
  });
}

function cancel(entry: Running): void {
  if (entry.cancelled || ENDS_TRANSACTION.test(entry.sql)) return;
  entry.cancelled = sendCancel(entry.client);
}

const reasonOf = (signal: AbortSignal) => (typeof signal.reason === 'string' ? signal.reason : 'aborted');

/** Wraps a pooled client's `query`: a statement of a request is known to its scope while it runs. */
function watch(client: PgClient): void {
  const original = client.query;
  client.query = function watched(this: unknown, ...args: unknown[]) {
    const scope = scopes.getStore();
    const [config] = args as [string | { text?: string; submit?: unknown } | undefined];
    // Callback and stream (COPY) forms are passed through as they are; TypeORM uses the promise form.
    if (!scope || args.some((a) => typeof a === 'function') || (typeof config === 'object' && typeof config?.submit === 'function')) {
      return original.apply(this, args);
    }
    const sql = typeof config === 'string' ? config : (config?.text ?? '');
    if (scope.signal.aborted && !ENDS_TRANSACTION.test(sql)) return Promise.reject(new RequestAbortedError(reasonOf(scope.signal)));
    const entry: Running = { client, sql };
    scope.running.add(entry);
    return (original.apply(this, args) as Promise<unknown>).finally(async () => {
      scope.running.delete(entry);
      // The connection is released once this settles: not before the server has acted on the cancel,
      // which would otherwise hit the next statement run on that backend.
      if (entry.cancelled) await entry.cancelled;
    });
  };
}

const watched = new WeakSet<object>();

/** Makes the data source's pooled connections cancellable by request (idempotent; after `initialize`). */
export function watchRequestQueries(dataSource: DataSource): void {
  const pool = (dataSource.driver as unknown as { master?: { on(event: 'acquire', listener: (client: PgClient) => void): void } } | undefined)?.master;
  if (!pool || watched.has(pool)) return;
  watched.add(pool);
  const patched = new WeakSet<PgClient>();
  pool.on('acquire', (client) => {
    if (patched.has(client)) return;
    patched.add(client);
    watch(client);
  });
}

/**
 * Runs `work` as one request: when `signal` aborts, the statements it is running are cancelled and
 * the ones it starts afterwards refused. `signal.reason` (a string) says why, in the logs.
 */
export function runAsRequest<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
  const scope: Scope = { signal, running: new Set() };
  signal.addEventListener('abort', () => scope.running.forEach(cancel), { once: true });
  return scopes.run(scope, work);
}

/** Why the current request ended early ('client gone', 'deadline'), or null while it goes on. */
export function requestAbortReason(): string | null {
  const signal = scopes.getStore()?.signal;
  return signal?.aborted ? reasonOf(signal) : null;
}

/**
 * The abort signal of one HTTP request: aborted with 'client gone' when its connection closes before
 * the answer is complete, with 'deadline' after `deadlineMs` (none when not given). `done()` clears
 * the timer once the answer is written.
 */
export function requestSignal(res: { writableFinished: boolean; once(event: 'close', listener: () => void): unknown }, deadlineMs?: number) {
  const controller = new AbortController();
  const timer = deadlineMs ? setTimeout(() => controller.abort('deadline'), deadlineMs) : undefined;
  res.once('close', () => {
    clearTimeout(timer);
    if (!res.writableFinished) controller.abort('client gone');
  });
  return { signal: controller.signal, done: () => clearTimeout(timer) };
}
