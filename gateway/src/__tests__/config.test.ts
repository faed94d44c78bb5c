import { ConfigurationError } from '@kansrijk/kit';
import { gatewayConfig } from '../config';
import { createGateway } from '../server';

const base = { JWT_SECRET: 'test-jwt-secret', SUBGRAPH_SECRET: 'test-subgraph-secret' };
const production = {
  NODE_ENV: 'production',
  JWT_SECRET: 'a-long-enough-production-jwt-key-0123456789',
  SUBGRAPH_SECRET: 'a-long-enough-production-subgraph-key-0123456789',
  JWT_ISSUER: 'https://login.example-gemeente.nl/',
  JWT_AUDIENCE: 'kansrijk',
};

function problemsOf(environment: NodeJS.ProcessEnv) {
  try {
    gatewayConfig(environment);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  return [];
}

describe('CORS_ORIGINS', () => {
  it('is empty by default and reads a comma-separated list of exact origins', () => {
    expect(gatewayConfig(base).CORS_ORIGINS).toEqual([]);
    expect(gatewayConfig({ ...base, CORS_ORIGINS: '' }).CORS_ORIGINS).toEqual([]);
    expect(gatewayConfig({ ...base, CORS_ORIGINS: 'https://dashboard.example.nl, http://localhost:5173' }).CORS_ORIGINS).toEqual([
      'https://dashboard.example.nl',
      'http://localhost:5173',
    ]);
  });

  it('refuses at start what is not an origin, naming the variable', () => {
    for (const bad of ['https://dashboard.example.nl/', 'https://dashboard.example.nl/app', 'dashboard.example.nl', 'ftp://files.example.nl', 'https://Dashboard.example.nl', 'https://user@dashboard.example.nl']) {
      const problems = problemsOf({ ...base, CORS_ORIGINS: `http://localhost:5173,${bad}` });
      expect(problems).toEqual([{ variable: 'CORS_ORIGINS', message: expect.stringContaining('origin') }]);
    }
    expect(() => gatewayConfig({ ...base, CORS_ORIGINS: 'https://dashboard.example.nl/app' })).toThrow(/CORS_ORIGINS: .*write it as https:\/\/dashboard\.example\.nl/);
  });

  it('takes * in development only', () => {
    expect(gatewayConfig({ ...base, CORS_ORIGINS: '*' }).CORS_ORIGINS).toEqual(['*']);
    expect(gatewayConfig({ ...production, CORS_ORIGINS: 'https://dashboard.example.nl' }).CORS_ORIGINS).toEqual(['https://dashboard.example.nl']);
    expect(problemsOf({ ...production, CORS_ORIGINS: '*' })).toEqual([{ variable: 'CORS_ORIGINS', message: 'must list the origins in production, not *' }]);
    expect(() =>
      createGateway({ supergraphSdl: '', subgraphSecret: 's', production: true, jwtIssuer: 'i', jwtAudience: 'a', corsOrigins: ['*'] }),
    ).toThrow(/not \*/);
  });
});
