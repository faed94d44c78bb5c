import pino from 'pino';

/** Structured JSON logs on stderr, one logger per process; `name` tells which service wrote a line. */
export function createLogger(name: string) {
  return pino({
    name,
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    // Tokens, signatures and raw bodies never go into a log line.
    redact: ['req.headers.authorization', 'req.headers["x-kansrijk-signature"]'],
  }, pino.destination(2));
}

export type Logger = ReturnType<typeof createLogger>;
