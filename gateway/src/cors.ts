/**
 * CORS for browser clients on other origins (a dashboard): an allow-list of exact origins, nothing by
 * default. Preflights are answered here, before the token check: a browser never sends the
 * Authorization header on a preflight, so sending it to auth could only ever answer 401.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setting } from '@kansrijk/kit';

export const CORS_ALLOW_METHODS = 'GET, POST, OPTIONS';

/** The request headers the browser may send: the token, JSON, Apollo's CSRF headers and client names, our request id. */
export const CORS_ALLOW_HEADERS = [
  'authorization',
  'content-type',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
  'x-request-id',
].join(', ');

/** The response headers a page may read besides the safelisted ones: the id to quote in a report. */
export const CORS_EXPOSE_HEADERS = 'x-request-id';

/** Browsers cap this anyway (Chromium at 7200 s); ten minutes keeps a change of the list quick to take effect. */
export const CORS_MAX_AGE_SECONDS = 600;

/** `*`: every origin (development only, refused in production by the gateway's configuration). */
export type CorsOrigins = readonly string[];

/** Why `value` is not an origin (`scheme://host[:port]`, nothing after), or null. */
export function originProblem(value: string): string | null {
  if (value === '*') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not an origin (scheme://host[:port])`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `"${value}" is not an http or https origin`;
  // An origin as the browser sends it: no path, query, user or trailing slash, lower-case host.
  if (url.origin !== value) return `"${value}" is not an origin: write it as ${url.origin}`;
  return null;
}

/** CORS_ORIGINS: comma-separated exact origins; unset or empty, no CORS at all. */
export const corsOriginsSetting = () =>
  setting
    .text('')
    .transform((value) => value.split(',').map((o) => o.trim()).filter(Boolean))
    .superRefine((origins, ctx) => {
      for (const origin of origins) {
        const problem = originProblem(origin);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }
    });

export function corsPolicy(origins: CorsOrigins = []) {
  const any = origins.includes('*');
  const allowed = new Set(origins);
  const enabled = origins.length > 0;
  const originOf = (req: IncomingMessage) => (typeof req.headers.origin === 'string' ? req.headers.origin : undefined);
  const isAllowed = (origin: string | undefined): origin is string => !!origin && (any || allowed.has(origin));

  /**
   * The CORS headers every answer to an actual request gets, errors included (a page could not read
   * a 401 or a 429 otherwise). The origin is echoed rather than `*` so one code path serves both, with
   * `Vary: Origin` for caches. No `Access-Control-Allow-Credentials`: clients send a bearer token, not
   * cookies, and without it a browser never attaches ambient credentials to a cross-origin request.
   */
  function applyTo(req: IncomingMessage, res: ServerResponse) {
    if (!enabled) return;
    res.setHeader('vary', 'Origin');
    const origin = originOf(req);
    if (!isAllowed(origin)) return;
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-expose-headers', CORS_EXPOSE_HEADERS);
  }

  /**
   * Answers an OPTIONS request, before auth and without reading a body. An origin not allowed gets 403
   * without CORS headers: per the Fetch spec the preflight fails on the missing
   * Access-Control-Allow-Origin either way, and a 403 says so plainly in the network tab and the logs,
   * where a 204 would look like success.
   */
  function answerOptions(req: IncomingMessage, res: ServerResponse) {
    const origin = originOf(req);
    if (origin === undefined) {
      // Not a CORS preflight (no Origin): plain HTTP OPTIONS, what the endpoint accepts.
      res.writeHead(204, { allow: CORS_ALLOW_METHODS });
      res.end();
      return;
    }
    if (!isAllowed(origin)) {
      const body = JSON.stringify({ errors: [{ message: 'Origin not allowed', extensions: { code: 'FORBIDDEN' } }] });
      res.writeHead(403, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...(enabled ? { vary: 'Origin' } : {}) });
      res.end(body);
      return;
    }
    res.writeHead(204, {
      'access-control-allow-origin': origin,
      vary: 'Origin',
      'access-control-allow-methods': CORS_ALLOW_METHODS,
      'access-control-allow-headers': CORS_ALLOW_HEADERS,
      'access-control-max-age': String(CORS_MAX_AGE_SECONDS),
    });
    res.end();
  }

  return { applyTo, answerOptions };
}
