import { Viewer, encodeEnvelope, normaliseClaims, signRequest, verifyRequest } from '../auth';

const envelope = (iat = Math.floor(Date.now() / 1000)) =>
  encodeEnvelope({ claims: { sub: 'a', roles: ['partner'], municipalities: [], organisations: ['org-1'] }, requestId: 'r', operationName: 'Op', iat });

describe('gateway signatures', () => {
  it('accepts the signature over envelope and exact body', () => {
    const e = envelope();
    const result = verifyRequest('s', e, signRequest('s', e, 'body'), 'body');
    expect(result.ok && result.envelope.claims.organisations).toEqual(['org-1']);
  });

  it('refuses a missing, wrong, re-used or stale signature', () => {
    const e = envelope();
    expect(verifyRequest('s', e, undefined, 'body').ok).toBe(false);
    expect(verifyRequest('s', e, signRequest('other', e, 'body'), 'body').ok).toBe(false);
    expect(verifyRequest('s', e, signRequest('s', e, 'body'), 'another body').ok).toBe(false);
    const stale = envelope(Math.floor(Date.now() / 1000) - 120);
    expect(verifyRequest('s', stale, signRequest('s', stale, 'body'), 'body').ok).toBe(false);
  });

  it('keeps only well-formed claims and known roles', () => {
    expect(normaliseClaims({ sub: 'x', roles: ['admin', 'root', 3], municipalities: 'GM0984', organisations: ['o'] })).toEqual({
      sub: 'x', roles: ['admin'], municipalities: [], organisations: ['o'],
    });
  });
});

describe('access rules', () => {
  it('lets only staff of the organisation (and admins) see its children', () => {
    const staff = new Viewer({ sub: 'p', roles: ['partner'], municipalities: [], organisations: ['org-1'] });
    expect(staff.canSeeChildrenOf('org-1')).toBe(true);
    expect(staff.canSeeChildrenOf('org-2')).toBe(false);
    expect(new Viewer({ sub: 'l', roles: ['lea'], municipalities: ['GM0984'], organisations: ['org-1'] }).canSeeChildrenOf('org-1')).toBe(false);
    expect(new Viewer({ sub: 'a', roles: ['admin'], municipalities: [], organisations: [] }).canSeeChildrenOf('org-9')).toBe(true);
  });

  it('lets officers write only for their own municipalities', () => {
    const officer = new Viewer({ sub: 'o', roles: ['officer'], municipalities: ['GM0984'], organisations: [] });
    expect(officer.canWriteFor('GM0984')).toBe(true);
    expect(officer.canWriteFor('GM0556')).toBe(false);
  });
});
