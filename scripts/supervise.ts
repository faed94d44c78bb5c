/**
 * The supervisor of `npm start`: a service process that exits on its own is named with its exit code
 * or signal and started again after a backoff, so one crashed subgraph costs its own fields for a moment
 * and not the whole stack. A service that keeps crashing is given up on (the others keep running);
 * `stop()` ends every process and starts none again.
 */
import type { ChildProcess } from 'node:child_process';
import { stopProcess } from './embedded-postgres';

export interface Service {
  name: string;
  /** Starts the process; called again for each restart. */
  start: () => ChildProcess | Promise<ChildProcess>;
  /** Stops it for good; SIGTERM, then SIGKILL after a grace period, by default. */
  stop?: (child: ChildProcess) => Promise<void>;
}

export interface SupervisorOptions {
  say?: (line: string) => void;
  /** The first restart's delay; each failure in a row doubles it, up to `maxBackoffMs`. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** A process that ran this long was healthy: its next restart starts from the first delay again. */
  resetAfterMs?: number;
  /** More than `maxFailures` exits within `failureWindowMs`: a crash loop, not restarted again. */
  maxFailures?: number;
  failureWindowMs?: number;
  /** Called with every process started, the first one and each restart. */
  onStart?: (name: string, child: ChildProcess) => void;
}

interface Supervised {
  service: Service;
  child: ChildProcess | null;
  startedAt: number;
  /** Failures in a row (for the backoff) and the times of recent ones (for the bound). */
  streak: number;
  failures: number[];
  timer: NodeJS.Timeout | null;
  /** A restart under way, which stop() waits for so that its process does not outlive the stack. */
  restarting: Promise<void> | null;
  gaveUp: boolean;
}

/** "exit code 1" or "signal SIGKILL": what a user needs to tell a crash from a kill. */
export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `signal ${signal}` : `exit code ${code}`;
}

export class Supervisor {
  private readonly services = new Map<string, Supervised>();
  private stopping = false;
  private readonly say: (line: string) => void;
  private readonly initialBackoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly resetAfterMs: number;
  private readonly maxFailures: number;
  private readonly failureWindowMs: number;

  constructor(private readonly options: SupervisorOptions = {}) {
    this.say = options.say ?? ((line) => process.stdout.write(`${line}\n`));
    this.initialBackoffMs = options.initialBackoffMs ?? 500;
    this.maxBackoffMs = options.maxBackoffMs ?? 30_000;
    this.resetAfterMs = options.resetAfterMs ?? 60_000;
    this.maxFailures = options.maxFailures ?? 5;
    this.failureWindowMs = options.failureWindowMs ?? 60_000;
  }

  /** Starts `service` (or watches `running`, a process already started for it) and keeps it running. */
  async add(service: Service, running?: ChildProcess): Promise<ChildProcess> {
    if (this.services.has(service.name)) throw new Error(`${service.name} is supervised already`);
    const entry: Supervised = { service, child: null, startedAt: 0, streak: 0, failures: [], timer: null, restarting: null, gaveUp: false };
    this.services.set(service.name, entry);
    const child = running ?? (await service.start());
    this.watch(entry, child);
    return child;
  }

  /** The service's current process (null between a crash and its restart). */
  child(name: string): ChildProcess | null {
    return this.services.get(name)?.child ?? null;
  }

  gaveUp(name: string): boolean {
    return this.services.get(name)?.gaveUp ?? false;
  }

  /** Stops every service, the last added first, and restarts none of them. */
  async stop(): Promise<void> {
    this.stopping = true;
    const entries = [...this.services.values()].reverse();
    for (const entry of entries) {
      if (entry.timer) clearTimeout(entry.timer);
      entry.timer = null;
    }
    await Promise.all(entries.map((entry) => entry.restarting));
    for (const entry of entries) {
      const child = entry.child;
      if (!child) continue;
      await (entry.service.stop ?? stopProcess)(child);
    }
  }

  private watch(entry: Supervised, child: ChildProcess): void {
    entry.child = child;
    entry.startedAt = Date.now();
    this.options.onStart?.(entry.service.name, child);
    const exited = (code: number | null, signal: NodeJS.Signals | null) => {
      if (entry.child === child) entry.child = null;
      if (!this.stopping) this.failed(entry, describeExit(code, signal));
    };
    // A start that resolves late may hand over a process that is gone already.
    if (child.exitCode !== null || child.signalCode !== null) exited(child.exitCode, child.signalCode);
    else child.once('exit', exited);
  }

  private failed(entry: Supervised, reason: string): void {
    const { name } = entry.service;
    const now = Date.now();
    if (now - entry.startedAt >= this.resetAfterMs) entry.streak = 0;
    entry.streak++;
    entry.failures = [...entry.failures.filter((at) => now - at < this.failureWindowMs), now];
    if (entry.failures.length > this.maxFailures) {
      entry.gaveUp = true;
      this.say(
        `${name} stopped (${reason}); it failed ${entry.failures.length} times within ${seconds(this.failureWindowMs)}, ` +
          'so it is not restarted again. The rest keeps running; restart the stack once it is fixed.',
      );
      return;
    }
    const delay = Math.min(this.initialBackoffMs * 2 ** (entry.streak - 1), this.maxBackoffMs);
    this.say(`${name} stopped (${reason}); restarting it in ${seconds(delay)}.`);
    entry.timer = setTimeout(() => {
      entry.timer = null;
      entry.restarting = this.restart(entry).finally(() => (entry.restarting = null));
    }, delay);
  }

  private async restart(entry: Supervised): Promise<void> {
    if (this.stopping) return;
    let child: ChildProcess;
    try {
      child = await entry.service.start();
    } catch (error) {
      // A start that throws (the embedded PostgreSQL not coming up) counts as one more failure.
      entry.startedAt = Date.now();
      if (!this.stopping) this.failed(entry, (error as Error).message);
      return;
    }
    // Stopped while it was starting: it must not outlive the stack.
    if (this.stopping) {
      await (entry.service.stop ?? stopProcess)(child);
      return;
    }
    this.watch(entry, child);
  }
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
