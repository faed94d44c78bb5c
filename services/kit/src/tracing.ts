/**
 * The first import of every process entry (`import '@kansrijk/kit/src/tracing';` at the top of each
 * `src/index.ts`): with the OTEL_* variables that ask for traces it starts the OpenTelemetry SDK, which
 * must instrument the `pg` module before anything requires it. Without them it loads nothing.
 * docs/operations.md, "Traces", lists the variables.
 */
import { basename } from 'node:path';
import { ConfigurationError } from './config';
import { tracingProblems, tracingRequested } from './trace';

/** `gateway` or the subgraph's name, from the entry file (`services/<name>/src/index.ts`, also compiled). */
export function processName(entry = process.argv[1] ?? ''): string {
  const subgraph = /(?:^|[\\/])services[\\/]([^\\/]+)[\\/]/.exec(entry);
  if (subgraph) return subgraph[1];
  if (/(?:^|[\\/])gateway[\\/]/.test(entry)) return 'gateway';
  return basename(entry).replace(/\.[^.]*$/, '') || 'process';
}

if (tracingRequested()) {
  const name = processName();
  const problems = tracingProblems();
  if (problems.length) {
    process.stderr.write(`${new ConfigurationError(name, problems).message}\n`);
    process.exit(2);
  }
  // Required here, not imported: without tracing the SDK is never loaded.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('./tracing-sdk') as typeof import('./tracing-sdk')).startTracingSdk(`kansrijk-${name}`);
}
