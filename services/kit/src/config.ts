/** Configuration comes from the environment only; `npm start` fills it in for the embedded demo. */
export function env(name: string, fallback?: string): string {
  const value = process.env[name];
  if (value !== undefined && value !== '') return value;
  if (fallback !== undefined) return fallback;
  throw new Error(`Missing required environment variable ${name}`);
}

export function flag(name: string): boolean {
  return ['1', 'true', 'yes'].includes((process.env[name] ?? '').toLowerCase());
}

export function intEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number`);
  return value;
}

export const MIN_SECRET_LENGTH = 32;

/**
 * In production a secret must be set, long enough to resist guessing, and not one of the values the
 * demo and the tests use. The process refuses to start otherwise.
 */
export function productionSecret(name: string): string {
  const value = process.env[name] ?? '';
  if (value.length < MIN_SECRET_LENGTH) throw new Error(`${name} must be set to at least ${MIN_SECRET_LENGTH} characters in production`);
  if (/^(test|demo|ci|changeme|secret)/i.test(value)) throw new Error(`${name} looks like a demo or test secret; refusing to start in production`);
  return value;
}

export const isProduction = () => process.env.NODE_ENV === 'production';
