/**
 * What the bench's other gateways share (bench-gateways.ts starts each as its own process, compiled):
 * their settings from the environment, the bearer token checked as Kansrijk's gateway checks it, and the
 * subgraph call signed exactly as Kansrijk signs it (the subgraphs refuse unsigned calls). Only the
 * dependency-free part of the kit is imported, so a stock gateway's memory is its own.
 */
import { createSecretKey, randomUUID, type KeyObject } from 'node:crypto';
import { jwtVerify } from 'jose';
import { CONTEXT_HEADER, SIGNATURE_HEADER, encodeEnvelope, normaliseClaims, signRequest, type Claims } from '@kansrijk/kit/src/auth';

export interface BenchGatewayEnv {
  port: number;
  supergraphFile: string;
  subgraphSecret: string;
  jwtKey: KeyObject;
  issuer: string;
  audience: string;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set (bench-gateways.ts sets it)`);
  return value;
}

export function benchGatewayEnv(): BenchGatewayEnv {
  return {
    port: Number(required('PORT')),
    supergraphFile: required('SUPERGRAPH_FILE'),
    subgraphSecret: required('SUBGRAPH_SECRET'),
    jwtKey: createSecretKey(Buffer.from(required('JWT_SECRET'), 'utf8')),
    issuer: required('JWT_ISSUER'),
    audience: required('JWT_AUDIENCE'),
  };
}

/** The claims of a valid HS256 bearer token (signature, expiry, issuer, audience), else null. */
export async function claimsOf(authorization: string | null | undefined, env: BenchGatewayEnv): Promise<Claims | null> {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, env.jwtKey, { algorithms: ['HS256'], issuer: env.issuer, audience: env.audience, requiredClaims: ['exp', 'iat', 'sub'] });
    return normaliseClaims(payload);
  } catch {
    return null;
  }
}

/** The headers of a subgraph call with the envelope and its HMAC signature (as gateway/src/signed-data-source.ts). */
export function signedHeaders(
  secret: string,
  url: string,
  headers: Record<string, string>,
  body: string,
  who: { claims: Claims; requestId?: string; operationName?: string | null },
): Record<string, string> {
  const envelope = encodeEnvelope({ claims: who.claims, requestId: who.requestId ?? randomUUID(), operationName: who.operationName ?? null, iat: Math.floor(Date.now() / 1000) });
  const contentType = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
  const { pathname, search } = new URL(url);
  return {
    ...headers,
    [CONTEXT_HEADER]: envelope,
    [SIGNATURE_HEADER]: signRequest(secret, { method: 'POST', target: pathname + search, contentType, envelope, body }),
  };
}
