/**
 * Prints a bearer token the stack accepts:
 *   npm run token -- --role lea --municipality GM0984
 *   npm run token -- --role partner --organisation kinderopvang-t-nest
 * Repeat --role, --municipality and --organisation for more; --sub names the user, --expires the
 * lifetime (default 8h, at most JWT_MAX_LIFETIME_SECONDS). JWT_ISSUER and JWT_AUDIENCE, when set, go
 * into `iss` and `aud`, as the gateway of the same environment expects them.
 */
import { ConfigurationError, loadConfig, type Claims } from '@kansrijk/kit';
import { ROLES, type Role } from '@kansrijk/domain';
import { gatewaySettings } from '../gateway/src/config';
import { signToken } from '../gateway/src/tokens';
import { loadSecrets } from './secrets';

export function parseTokenArgs(argv: string[]): { claims: Claims; expiresIn: string } {
  const claims: Claims = { sub: '', roles: [], municipalities: [], organisations: [] };
  let expiresIn = '8h';
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    switch (flag) {
      case '--role':
        if (!(ROLES as readonly string[]).includes(value)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
        claims.roles.push(value as Role);
        break;
      case '--municipality':
        if (!/^GM\d{4}$/.test(value)) throw new Error('--municipality must be a CBS code like GM0984');
        claims.municipalities.push(value);
        break;
      case '--organisation':
        claims.organisations.push(value);
        break;
      case '--sub':
        claims.sub = value;
        break;
      case '--expires':
        expiresIn = value;
        break;
      default:
        throw new Error(`unknown option ${flag}`);
    }
  }
  if (claims.roles.length === 0) throw new Error('give at least one --role');
  claims.sub ||= `${claims.roles.join('+')}-user`;
  return { claims, expiresIn };
}

async function main() {
  try {
    const { claims, expiresIn } = parseTokenArgs(process.argv.slice(2));
    const { jwtSecret } = loadSecrets();
    const config = loadConfig('token', {
      JWT_ISSUER: gatewaySettings.JWT_ISSUER,
      JWT_AUDIENCE: gatewaySettings.JWT_AUDIENCE,
      JWT_MAX_LIFETIME_SECONDS: gatewaySettings.JWT_MAX_LIFETIME_SECONDS,
    });
    const token = await signToken(claims, {
      secret: jwtSecret,
      issuer: config.JWT_ISSUER,
      audience: config.JWT_AUDIENCE,
      maxLifetimeSeconds: config.JWT_MAX_LIFETIME_SECONDS,
      expiresIn,
    });
    process.stdout.write(`${token}\n`);
  } catch (error) {
    // A configuration error names its process itself.
    console.error(error instanceof ConfigurationError ? error.message : `token: ${(error as Error).message}`);
    process.exit(2);
  }
}

if (require.main === module) void main();
