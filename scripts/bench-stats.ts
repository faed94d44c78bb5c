/** The numbers every bench prints: percentiles of a sorted list, one timed request, one table row. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Milliseconds one request took; a request that answers with errors stops the bench (a figure of an error is no figure). */
export async function timed(send: () => Promise<{ errors?: unknown[] }>, label = 'write'): Promise<number> {
  const started = process.hrtime.bigint();
  const res = await send();
  if (res.errors) throw new Error(`${label}: ${JSON.stringify(res.errors)}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export function row(label: string, times: number[], statements: number | string): string {
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return `${label.padEnd(34)} ${mean.toFixed(1).padStart(8)} ${percentile(times, 50).toFixed(1).padStart(8)} ${percentile(times, 95).toFixed(1).padStart(8)} ${String(statements).padStart(6)}`;
}
