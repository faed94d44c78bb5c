import { ConfigurationError, loadConfig, setting } from '../config';

const shape = {
  DATABASE_URL: setting.url(['postgres:', 'postgresql:']),
  PORT: setting.port(4001),
  RUN_MIGRATIONS: setting.flag(),
  SECRET: setting.secret(),
  LEVEL: setting.oneOf(['a', 'b'], 'a'),
};

describe('configuration checked at start', () => {
  it('applies defaults, treats empty as unset and reads flags', () => {
    expect(loadConfig('p', shape, { DATABASE_URL: 'postgres://db/k', PORT: '', RUN_MIGRATIONS: 'YES', SECRET: 's' })).toEqual({
      DATABASE_URL: 'postgres://db/k', PORT: 4001, RUN_MIGRATIONS: true, SECRET: 's', LEVEL: 'a',
    });
    expect(loadConfig('p', shape, { DATABASE_URL: 'postgresql://db/k', PORT: '0', RUN_MIGRATIONS: '0', SECRET: 's', LEVEL: 'b' })).toMatchObject({ PORT: 0, RUN_MIGRATIONS: false, LEVEL: 'b' });
  });

  it('names every bad or missing variable at once, and none of their values', () => {
    let error: ConfigurationError | null = null;
    try {
      loadConfig('p', shape, { DATABASE_URL: 'mysql://user:hunter2@db/k', PORT: '4001.5', RUN_MIGRATIONS: 'sometimes', LEVEL: 'c' });
    } catch (e) {
      error = e as ConfigurationError;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error!.problems).toEqual([
      { variable: 'DATABASE_URL', message: 'must be a postgres or postgresql URL' },
      { variable: 'PORT', message: 'must be a whole number' },
      { variable: 'RUN_MIGRATIONS', message: 'must be true or false (1/0, yes/no)' },
      { variable: 'SECRET', message: 'must be set' },
      { variable: 'LEVEL', message: 'must be one of a, b' },
    ]);
    expect(error!.message).not.toContain('hunter2');
  });

  it('refuses short and demo-looking secrets in the production it reads, and only there', () => {
    const shape = { SECRET: setting.secret(), OPTIONAL: setting.optionalSecret() };
    const production = (environment: Record<string, string>) => () => loadConfig('p', shape, { NODE_ENV: 'production', ...environment });
    expect(production({ SECRET: 'short' })).toThrow(/SECRET: must be set to at least 32 characters in production/);
    expect(production({ SECRET: 'demo'.repeat(10) })).toThrow(/SECRET: looks like a demo or test secret/);
    expect(production({})).toThrow(/SECRET: must be set to at least 32 characters in production/);
    expect(production({ SECRET: 'k7'.repeat(20), OPTIONAL: `ci-${'x'.repeat(40)}` })).toThrow(/^p: the configuration is not valid:\n {2}OPTIONAL: looks like a demo or test secret/);
    expect(production({ SECRET: 'k7'.repeat(20) })()).toEqual({ SECRET: 'k7'.repeat(20), OPTIONAL: undefined });
    // Whatever this process runs as: the environment read decides.
    expect(loadConfig('p', shape, { NODE_ENV: 'test', SECRET: 'short' })).toEqual({ SECRET: 'short', OPTIONAL: undefined });
  });
});
