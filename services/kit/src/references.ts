/**
 * Cross-subgraph existence checks. A subgraph stores another domain's keys (an organisation id, a
 * municipality code) but never reads that domain's tables; before it writes such a key it asks the
 * owning subgraph, through the federation `_entities` protocol, whether the key exists. The request is
 * signed exactly as the gateway signs subgraph calls, carrying the caller's claims and request id, so
 * the owner's logs and audits correlate with the write that asked.
 */
import { GraphQLError } from 'graphql';
import { CONTEXT_HEADER, SIGNATURE_HEADER, encodeEnvelope, signRequest, type Claims } from './auth';
import { badUserInput } from './errors';
import type { Logger } from './log';
import { injectTraceHeaders } from './trace';

/** What a signed subgraph request carries about the person and the request behind it. */
export interface RequestIdentity {
  claims: Claims;
  requestId: string;
  operationName: string | null;
}

/**
 * The headers of a signed POST of `body` to `url` (as the gateway sends it): the claims envelope with a
 * fresh nonce, and the HMAC over the whole request.
 */
export function signedHeaders(secret: string, identity: RequestIdentity, body: string, url: string): Record<string, string> {
  const envelope = encodeEnvelope({ ...identity, iat: Math.floor(Date.now() / 1000) });
  const { pathname, search } = new URL(url);
  const contentType = 'application/json';
  const headers: Record<string, string> = {
    'content-type': contentType,
    [CONTEXT_HEADER]: envelope,
    [SIGNATURE_HEADER]: signRequest(secret, { method: 'POST', target: pathname + search, contentType, envelope, body }),
    'x-request-id': identity.requestId,
  };
  injectTraceHeaders((name, value) => (headers[name] = value));
  return headers;
}

/** One key owned by another subgraph, and the input field it came from (for the error). */
export interface Reference {
  /** The subgraph that owns the entity, e.g. `partners`. */
  owner: string;
  /** The entity type, e.g. `Organisation`. */
  typename: string;
  /** The entity's @key field, e.g. `id` or `code`. */
  key: string;
  value: string;
  /** The input field as the client sent it, e.g. `input.organisations[1]`. */
  field: string;
}

export interface ReferenceCheckerOptions {
  /** GraphQL URLs of the owning subgraphs by name; read at call time, so a test may fill it in after start. */
  urls: Readonly<Record<string, string>>;
  /** The secret the gateway signs with; every subgraph verifies it. */
  secret: string;
  /** Milliseconds the owner may take; a write should fail fast rather than hold its transaction. */
  timeoutMs?: number;
}

export interface ReferenceChecker {
  /** The references their owner does not know, in the order given. One request per owner, all keys in it. */
  missing(references: readonly Reference[]): Promise<Reference[]>;
  /** Throws BAD_USER_INPUT naming the field of the first unknown reference; SERVICE_UNAVAILABLE when an owner cannot answer. */
  assertExist(references: readonly Reference[]): Promise<void>;
  /**
   * Asks ahead, best effort, so that the checks made later inside a write's transaction are answered
   * from this request's memory. A write must not wait on another subgraph while it holds a
   * transaction: the embedded PostgreSQL runs one transaction at a time, so the owner could not even
   * read its table until the write gave up (and on a server it would hold locks for a network call).
   * An owner that could not answer the prefetch is not asked again in this request: a check that
   * needs it fails at once with SERVICE_UNAVAILABLE, and a write that needs none of its keys (an
   * update linking nothing new) goes through.
   */
  prefetch(references: readonly Reference[]): Promise<void>;
}

export const DEFAULT_REFERENCE_TIMEOUT_MS = 3_000;

/** The owner could not answer: no URL, host or cause in the message (those go to the log). */
export function serviceUnavailable(owner: string, references: readonly Reference[]): GraphQLError {
  const fields = [...new Set(references.map((r) => r.field))].join(', ');
  return new GraphQLError(`The ${owner} subgraph could not be reached to check ${fields}; nothing was written. Please try again later.`, {
    extensions: { code: 'SERVICE_UNAVAILABLE' },
  });
}

/** A checker for one request: it asks with that request's claims and request id. */
export function referenceChecker(options: ReferenceCheckerOptions, identity: RequestIdentity, log?: Logger): ReferenceChecker {
  const timeoutMs = options.timeoutMs ?? DEFAULT_REFERENCE_TIMEOUT_MS;
  // What the owners answered during this request, by (type, key, value): true when the entity exists.
  const answered = new Map<string, boolean>();
  const keyOf = (r: Reference) => JSON.stringify([r.typename, r.key, r.value]);

  // Owners that failed to answer during this request (see `prefetch`).
  const unavailable = new Set<string>();

  async function ask(owner: string, references: readonly Reference[]): Promise<Reference[]> {
    const url = options.urls[owner];
    if (!url) {
      log?.error({ owner }, 'no URL configured for the subgraph that owns these references');
      throw serviceUnavailable(owner, references);
    }
    // Each distinct (type, key) not yet answered once; the answer comes back in the order of the representations.
    const distinct = new Map<string, Reference>();
    for (const r of references) if (!answered.has(keyOf(r))) distinct.set(keyOf(r), r);
    const asked = [...distinct.values()];
    if (!asked.length) return references.filter((r) => answered.get(keyOf(r)) === false);
    if (unavailable.has(owner)) throw serviceUnavailable(owner, references);
    const fragments = [...new Map(asked.map((r) => [`${r.typename}.${r.key}`, `... on ${r.typename} { ${r.key} }`])).values()];
    const body = JSON.stringify({
      query: `query KansrijkReferences($r: [_Any!]!) { _entities(representations: $r) { __typename ${fragments.join(' ')} } }`,
      variables: { r: asked.map((r) => ({ __typename: r.typename, [r.key]: r.value })) },
    });
    let entities: unknown[];
    try {
      const response = await fetch(url, { method: 'POST', headers: signedHeaders(options.secret, identity, body, url), body, signal: AbortSignal.timeout(timeoutMs) });
      const json = (await response.json()) as { data?: { _entities?: unknown[] } | null; errors?: unknown[] };
      if (!response.ok || json.errors?.length || !Array.isArray(json.data?._entities) || json.data._entities.length !== asked.length) {
        throw new Error(`unexpected answer (HTTP ${response.status}): ${JSON.stringify(json.errors ?? null).slice(0, 500)}`);
      }
      entities = json.data._entities;
    } catch (error) {
      log?.warn({ owner, err: error }, 'reference check failed');
      unavailable.add(owner);
      throw serviceUnavailable(owner, references);
    }
    asked.forEach((r, i) => answered.set(keyOf(r), entities[i] !== null));
    return references.filter((r) => answered.get(keyOf(r)) === false);
  }

  async function missing(references: readonly Reference[]): Promise<Reference[]> {
    const byOwner = new Map<string, Reference[]>();
    for (const r of references) byOwner.set(r.owner, [...(byOwner.get(r.owner) ?? []), r]);
    const answers = await Promise.all([...byOwner].map(([owner, refs]) => ask(owner, refs)));
    const unknown = new Set(answers.flat());
    return references.filter((r) => unknown.has(r));
  }

  return {
    missing,
    async assertExist(references) {
      if (!references.length) return;
      const [first] = await missing(references);
      if (first) throw badUserInput(first.field, `${first.value} is not a known ${first.typename.toLowerCase()}`);
    },
    async prefetch(references) {
      if (!references.length) return;
      // An owner that cannot answer is remembered; the check that needs it reports it, without asking again.
      await missing(references).catch(() => undefined);
    },
  };
}
