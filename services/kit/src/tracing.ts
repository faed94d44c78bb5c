/**
 * The first import of every process entry (`import '@kansrijk/kit/src/tracing';` at the top of each
 * `src/index.ts`): with the OTEL_* variables that ask for traces it starts the OpenTelemetry SDK, which
 * must instrument the `pg` module before anything requires it. Without them it loads nothing.
 * docs/operations.md, "Traces", lists the variables.
 */
import { ConfigurationError } from './config';
import { entryProcessName, tracingProblems, tracingRequested } from './trace';
// A type only: the module itself is required below, and only when tracing.
import type { startTracingSdk } from './tracing-sdk';

if (tracingRequested()) {
  const name = entryProcessName();
  const problems = tracingProblems();
  if (problems.length) {
    process.stderr.write(`${new ConfigurationError(name, problems).message}\n`);
    process.exit(2);
  }
  // Required here, not imported: without tracing the SDK is never loaded.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('./tracing-sdk') as { startTracingSdk: typeof startTracingSdk }).startTracingSdk(`kansrijk-${name}`);
}
