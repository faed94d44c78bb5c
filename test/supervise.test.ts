/**
 * The supervisor of `npm start` on plain `node -e` processes: a process that exits or is killed is named
 * with its exit code or signal and restarted after a growing delay; a crash loop is given up on; stop()
 * ends everything and restarts nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Supervisor } from '../scripts/supervise';

const node = (script: string) => spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
const alive = (child: ChildProcess | null) => !!child && child.exitCode === null && child.signalCode === null;

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('Supervisor', () => {
  let supervisor: Supervisor;
  let lines: string[];
  let starts: { name: string; at: number; child: ChildProcess }[];

  beforeEach(() => {
    lines = [];
    starts = [];
    supervisor = new Supervisor({
      say: (line) => lines.push(line),
      initialBackoffMs: 100,
      maxBackoffMs: 400,
      maxFailures: 3,
      failureWindowMs: 60_000,
      onStart: (name, child) => starts.push({ name, at: Date.now(), child }),
    });
  });

  afterEach(() => supervisor.stop());

  it('restarts a process that exits, with a doubling delay, and names its exit code', async () => {
    await supervisor.add({ name: 'flaky', start: () => node('process.exit(7)') });
    await until(() => starts.length === 4);
    expect(lines.slice(0, 3)).toEqual([
      'flaky stopped (exit code 7); restarting it in 0.1 s.',
      'flaky stopped (exit code 7); restarting it in 0.2 s.',
      'flaky stopped (exit code 7); restarting it in 0.4 s.',
    ]);
    // Each delay at least the announced one (node's start-up comes on top).
    const gaps = starts.slice(1).map((s, i) => s.at - starts[i].at);
    expect(gaps[0]).toBeGreaterThanOrEqual(100);
    expect(gaps[1]).toBeGreaterThanOrEqual(200);
    expect(gaps[2]).toBeGreaterThanOrEqual(400);
  });

  it('gives up after the bound of failures while the other services keep running', async () => {
    await supervisor.add({ name: 'steady', start: () => node('setInterval(() => {}, 1000)') });
    await supervisor.add({ name: 'broken', start: () => node('process.exit(1)') });
    await until(() => supervisor.gaveUp('broken'));
    expect(lines.at(-1)).toMatch(/^broken stopped \(exit code 1\); it failed 4 times within 60 s, so it is not restarted again\./);
    expect(starts.filter((s) => s.name === 'broken')).toHaveLength(4);
    // Nothing more is tried.
    await new Promise((r) => setTimeout(r, 600));
    expect(starts.filter((s) => s.name === 'broken')).toHaveLength(4);
    expect(alive(supervisor.child('steady'))).toBe(true);
  });

  it('names the signal of a killed process and brings it back', async () => {
    const first = await supervisor.add({ name: 'victim', start: () => node('setInterval(() => {}, 1000)') });
    first.kill('SIGKILL');
    await until(() => alive(supervisor.child('victim')) && supervisor.child('victim') !== first);
    expect(lines).toEqual(['victim stopped (signal SIGKILL); restarting it in 0.1 s.']);
  });

  it('stops every process on stop() and restarts none, not even one waiting for its restart', async () => {
    const steady = await supervisor.add({ name: 'steady', start: () => node('setInterval(() => {}, 1000)') });
    await supervisor.add({ name: 'crashing', start: () => node('process.exit(2)') });
    await until(() => lines.length === 1);
    const started = starts.length;
    await supervisor.stop();
    expect(steady.signalCode).toBe('SIGTERM');
    await new Promise((r) => setTimeout(r, 400));
    expect(starts).toHaveLength(started);
    expect(lines).toHaveLength(1);
    expect(supervisor.child('steady')).toBeNull();
  });
});
