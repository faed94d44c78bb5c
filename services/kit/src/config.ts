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
   * the values the demo and the tests use.
   */
  secret: () => secretSchema(true).transform((value) => value as string),
  /** A secret that may be left unset (checked like `secret` when it is set). */
  optionalSecret: () => secretSchema(false),
  oneOf: <T extends string>(values: readonly [T, ...T[]], fallback: T) =>
    z.preprocess(unsetIfEmpty, z.enum(values, { error: `must be one of ${values.join(', ')}` }).default(fallback)),
};

function secretSchema(required: boolean) {
  return z.preprocess(unsetIfEmpty, z.string().optional()).superRefine((value, ctx) => {
    if (value === undefined) {
      if (required) ctx.addIssue({ code: 'custom', message: isProduction() ? `must be set to at least ${MIN_SECRET_LENGTH} characters in production` : 'must be set' });
      return;
    }
    if (!isProduction()) return;
    if (value.length < MIN_SECRET_LENGTH) ctx.addIssue({ code: 'custom', message: `must be set to at least ${MIN_SECRET_LENGTH} characters in production` });
    else if (/^(test|demo|ci|changeme|secret)/i.test(value)) ctx.addIssue({ code: 'custom', message: 'looks like a demo or test secret; refusing to start in production' });
  });
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
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({ variable: issue.path.join('.') || '(environment)', message: issue.message }));
  throw new ConfigurationError(processName, problems);
}

/**
 * One number from the environment, checked, for code that runs outside a process's start (scripts,
 * tests). Processes declare theirs in their `loadConfig` schema.
 */
export function intEnv(name: string, fallback: number): number {
  return loadConfig(name, { [name]: setting.integer(fallback) })[name] as number;
}
