/**
 * The GraphQL over HTTP specification's server audits (graphql-http), run against the gateway.
 * No audit may fail; every warning we keep is listed here with the reason.
 */
import { serverAudits } from 'graphql-http';
import { startStack, type Stack } from './stack';

let stack: Stack;
let token: string;

beforeAll(async () => {
  stack = await startStack();
  token = await stack.token('analyst');
});
afterAll(() => stack?.close());

/**
 * Warnings that follow from deliberate choices, by the start of the audit's name. For the legacy
 * `application/json` response type the spec suggests 200 even when a document does not parse,
 * validate or coerce; Apollo Server answers 400, which is what the spec requires for
 * `application/graphql-response+json`, and which lets proxies, caches and monitoring tell a client
 * error from a success. We keep Apollo's behaviour.
 */
const ACCEPTED_WARNINGS: Record<string, string> = {
  'SHOULD use 200 status code on document parsing failure when accepting application/json': 'Apollo Server answers 400',
  'SHOULD use 200 status code on document validation failure when accepting application/json': 'Apollo Server answers 400',
  'SHOULD use a status code of 200 on variable coercion failure when accepting application/json': 'Apollo Server answers 400',
};

describe('GraphQL over HTTP audits', () => {
  it('passes every audit', async () => {
    const fetchFn = (input: Parameters<typeof fetch>[0], init: RequestInit = {}) =>
      fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` } });
    const results: { name: string; status: string; reason?: string }[] = [];
    for (const audit of serverAudits({ url: stack.gatewayUrl, fetchFn })) {
      const result = await audit.fn();
      results.push({ name: audit.name, status: result.status, ...(result.status !== 'ok' ? { reason: (result as { reason: string }).reason } : {}) });
    }
    const failures = results.filter((r) => r.status === 'error');
    const warnings = results.filter((r) => r.status === 'warn');
     
    console.log(`${results.length} audits: ${results.length - failures.length - warnings.length} ok, ${warnings.length} warnings\n${warnings.map((w) => `WARN ${w.name}: ${w.reason}`).join('\n')}`);
    expect(failures).toEqual([]);
    for (const w of warnings) expect(Object.keys(ACCEPTED_WARNINGS).some((k) => w.name.startsWith(k))).toBe(true);
  });
});
