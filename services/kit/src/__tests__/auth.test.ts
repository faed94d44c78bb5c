import { ReplayGuard, encodeEnvelope, normaliseClaims, signRequest, verifyRequest, type SignedParts } from '../auth';

const envelope = (iat = Math.floor(Date.now() / 1000)) =>
  encodeEnvelope({ claims: { sub: 'a', roles: ['partner'], municipalities: [], organisations: ['org-1'] }, requestId: 'r', operationName: 'Op', iat });

const request = (e: string, changes: Partial<SignedParts> = {}): SignedParts => ({ method: 'POST', target: '/graphql', contentType: 'application/json', envelope: e, body: 'body', ...changes });
const verify = (secret: string, parts: SignedParts, signature: string | undefined, replay = new ReplayGuard()) => verifyRequest(secret, { ...parts, signature }, replay);

describe('gateway signatures', () => {
  it('accepts the signature over the whole request', () => {
    const parts = request(envelope());
    const result = verify('s', parts, signRequest('s', parts));
    expect(result.ok && result.envelope.claims.organisations).toEqual(['org-1']);
  });

  it('refuses a missing, wrong or stale signature, and one moved to another body, method, path, query or content type', () => {
    const e = envelope();
    const signature = signRequest('s', request(e));
    expect(verify('s', request(e), undefined).ok).toBe(false);
    expect(verify('s', request(e), signRequest('other', request(e))).ok).toBe(false);
    for (const change of [{ body: 'another body' }, { method: 'GET' }, { target: '/graphql?query=%7B__typename%7D' }, { target: '/other' }, { contentType: 'application/x-www-form-urlencoded' }]) {
      expect({ change, ok: verify('s', request(e, change), signature).ok }).toEqual({ change, ok: false });
    }
    const stale = envelope(Math.floor(Date.now() / 1000) - 120);
    expect(verify('s', request(stale), signRequest('s', request(stale))).ok).toBe(false);
  });

  it('refuses the same signed request a second time within the window (replay)', () => {
    const parts = request(envelope());
    const replay = new ReplayGuard();
    expect(verify('s', parts, signRequest('s', parts), replay).ok).toBe(true);
    expect(verify('s', parts, signRequest('s', parts), replay)).toEqual({ ok: false, reason: 'replayed gateway signature' });
    // Another request of the same gateway (a new nonce) still goes through.
    const next = request(envelope());
    expect(verify('s', next, signRequest('s', next), replay).ok).toBe(true);
  });

  it('keeps only well-formed claims and known roles', () => {
    expect(normaliseClaims({ sub: 'x', roles: ['admin', 'root', 3], municipalities: 'GM0984', organisations: ['o'] }, ['admin', 'lea'])).toEqual({
      sub: 'x', roles: ['admin'], municipalities: [], organisations: ['o'],
    });
  });
});

