import { parseTokenArgs } from '../scripts/token';
import { signToken, verifyToken } from '../gateway/src/tokens';

describe('npm run token', () => {
  it('reads repeated roles, municipalities and organisations', () => {
    expect(parseTokenArgs(['--role', 'lea', '--municipality', 'GM0984', '--municipality=GM0556', '--organisation', 'jens']).claims).toEqual({
      sub: 'lea-user',
      roles: ['lea'],
      municipalities: ['GM0984', 'GM0556'],
      organisations: ['jens'],
    });
  });

  it.each([[[]], [['--role', 'root']], [['--role', 'lea', '--municipality', 'Venray']], [['--role']], [['--colour', 'red']]])(
    'refuses %j',
    (args) => {
      expect(() => parseTokenArgs(args as string[])).toThrow();
    },
  );

  it('issues a token the gateway accepts', async () => {
    const { claims } = parseTokenArgs(['--role', 'partner', '--organisation', 'kinderopvang-t-nest']);
    const token = await signToken(claims, { secret: 's' });
    await expect(verifyToken(token, { secret: 's' })).resolves.toEqual({ ok: true, claims });
    await expect(verifyToken(token, { secret: 'other' })).resolves.toEqual({ ok: false, reason: 'token invalid' });
  });
});
