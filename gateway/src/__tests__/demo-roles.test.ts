import { decodeJwt } from 'jose';
import { DEMO_ROLE_CLAIMS, demoRoles } from '../demo-roles';
import { verifyToken } from '../tokens';

const SECRET = 'test-jwt-secret';

describe('demo roles', () => {
  it('mints a token per role that the gateway accepts, with the claims of that role', async () => {
    const roles = await demoRoles(SECRET, { production: false });
    expect(roles.map((r) => r.id)).toEqual(['analyst', 'lea', 'partner']);
    for (const role of roles) {
      const check = await verifyToken(role.token, { secret: SECRET });
      expect(check).toEqual({ ok: true, claims: DEMO_ROLE_CLAIMS[role.id].claims });
      expect(role.label).toBe(DEMO_ROLE_CLAIMS[role.id].label);
    }
    expect(roles.find((r) => r.id === 'lea')!.claims).toMatchObject({ roles: ['lea'], municipalities: ['GM0984'] });
    expect(roles.find((r) => r.id === 'partner')!.claims).toMatchObject({ roles: ['partner'], organisations: ['kinderopvang-t-nest'] });
  });

  it("carries the gateway's issuer and audience, and lives a working day or the gateway's maximum", async () => {
    const [analyst] = await demoRoles(SECRET, { production: false, issuer: 'https://login.example/', audience: 'kansrijk', maxLifetimeSeconds: 600 });
    const { iss, aud, iat = 0, exp = 0 } = decodeJwt(analyst.token);
    expect({ iss, aud, lifetime: exp - iat }).toEqual({ iss: 'https://login.example/', aud: 'kansrijk', lifetime: 600 });
    const [long] = await demoRoles(SECRET, { production: false });
    expect((decodeJwt(long.token).exp ?? 0) - (decodeJwt(long.token).iat ?? 0)).toBe(8 * 3600);
  });

  it('is never minted in production', async () => {
    await expect(demoRoles(SECRET, { production: true })).rejects.toThrow(/never minted in production/);
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await expect(demoRoles(SECRET)).rejects.toThrow(/never minted in production/);
    } finally {
      process.env.NODE_ENV = before;
    }
  });
});
