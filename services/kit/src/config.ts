/**
 * Configuration comes from the environment only (`npm start` fills it in for the embedded demo). Each
 * process declares every variable it reads in one zod schema and checks them all at start: a bad or
 * missing value stops the start with one line per variable, instead of failing later on first use.
 */
import { z } from 'zod';

export const MIN_SECRET_LENGTH = 32;

export const isProduction = () => process.env.NODE_ENV === 'production';

/** Unset and empty mean the same: the default applies. */
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

/** Schemas for the kinds of variables the processes read. */
export const setting = {
  text: (fallback?: string) => (fallback === undefined ? z.preprocess(unsetIfEmpty, z.string({ error: 'must be set' })) : z.preprocess(unsetIfEmpty, z.string().default(fallback))),
  optionalText: () => z.preprocess(unsetIfEmpty, z.string().optional()),
  integer: (fallback: number, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}) =>
    z.preprocess(
      unsetIfEmpty,
      z.coerce
        .number({ error: 'must be a whole number' })
        .int({ error: 'must be a whole number' })
        .min(min, { error: `must be at least ${min}` })
        .max(max, { error: `must be at most ${max}` })
        .default(fallback),
    ),
  port: (fallback: number) => setting.integer(fallback, { min: 0, max: 65535 }),
  flag: () =>
    z.preprocess(
      (value) => (value === undefined || value === '' ? 'false' : String(value).toLowerCase()),
      z.enum(['1', 'true', 'yes', '0', 'false', 'no'], { error: 'must be true or false (1/0, yes/no)' }).transform((v) => ['1', 'true', 'yes'].includes(v)),
    ),
  url: (protocols: string[], fallback?: string) => {
    const checked = z.string().refine(
      (value) => {
        try {
          return protocols.includes(new URL(value).protocol);
        } catch {
          return false;
        }
      },
      { error: `must be a ${protocols.map((p) => p.replace(/:$/, '')).join(' or ')} URL` },
    );
    return z.preprocess(unsetIfEmpty, fallback === undefined ? z.string({ error: 'must be set' }).pipe(checked) : checked.default(fallback));
  },
  optionalUrl: (protocols: string[]) => z.preprocess(unsetIfEmpty, setting.url(protocols).optional()),
  /**
   * A shared secret, required. In production it must be long enough to resist guessing and not one of
   * the values the demo and the tests use (`loadConfig` checks that against the NODE_ENV it reads).
   */
  secret: () => secretSetting(z.preprocess(unsetIfEmpty, z.string({ error: 'must be set' }))),
  /** A secret that may be left unset (checked like `secret` when it is set). */
  optionalSecret: () => secretSetting(z.preprocess(unsetIfEmpty, z.string().optional())),
  oneOf: <T extends string>(values: readonly [T, ...T[]], fallback: T) =>
    z.preprocess(unsetIfEmpty, z.enum(values, { error: `must be one of ${values.join(', ')}` }).default(fallback)),
};

/** The settings that hold secrets: in production `loadConfig` holds them to the rules of `productionSecretProblem`. */
const SECRETS = new WeakSet<object>();

function secretSetting<T extends z.ZodType>(schema: T): T {
  SECRETS.add(schema);
  return schema;
}

/** Why a secret may not be used in production, or null. */
function productionSecretProblem(value: string | undefined): string | null {
  if (!value || value.length < MIN_SECRET_LENGTH) return `must be set to at least ${MIN_SECRET_LENGTH} characters in production`;
  if (/^(test|demo|ci|changeme|secret)/i.test(value)) return 'looks like a demo or test secret; refusing to start in production';
  return null;
}

/** What every process reads besides its own settings. */
export const commonSettings = {
  NODE_ENV: setting.oneOf(['development', 'test', 'production'], 'development'),
  LOG_LEVEL: z.preprocess(unsetIfEmpty, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' }).optional()),
  HOST: setting.text('127.0.0.1'),
};

export class ConfigurationError extends Error {
  constructor(
    readonly process: string,
    readonly problems: { variable: string; message: string }[],
  ) {
    super(`${process}: the configuration is not valid:\n${problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/**
 * Reads and checks every variable of `shape` from the environment at once. Throws a ConfigurationError
 * naming each bad or missing variable (never its value: it may be a secret).
 */
export function loadConfig<S extends z.ZodRawShape>(processName: string, shape: S, environment: NodeJS.ProcessEnv = process.env): z.output<z.ZodObject<S>> {
  const result = z.object(shape).safeParse(environment);
  const problems = new Map<string, string>();
  for (const issue of result.success ? [] : result.error.issues) {
    const variable = issue.path.join('.') || '(environment)';
    if (!problems.has(variable)) problems.set(variable, issue.message);
  }
  // Secrets by the NODE_ENV of the environment read (not the process's), so one rule holds for both.
  if (environment.NODE_ENV === 'production') {
    for (const [variable, schema] of Object.entries(shape)) {
      if (!SECRETS.has(schema)) continue;
      const value = environment[variable];
      // An optional secret may stay unset; a set one, and a required one, must pass.
      if ((value === undefined || value === '') && z.safeParse(schema, undefined).success) continue;
      const problem = productionSecretProblem(value);
      if (problem) problems.set(variable, problem);
    }
  }
  if (result.success && !problems.size) return result.data;
  const order = Object.keys(shape);
  throw new ConfigurationError(
    processName,
    [...problems].map(([variable, message]) => ({ variable, message })).sort((a, b) => order.indexOf(a.variable) - order.indexOf(b.variable)),
  );
}
