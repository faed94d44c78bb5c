/**
 * Progress of a long load on stderr: a bar redrawn in place on a terminal, and a plain line every 10%
 * otherwise (CI logs and pipes get no carriage returns).
 */
export interface Progress {
  advance(done: number, detail?: string): void;
  finish(detail?: string): void;
}

const WIDTH = 30;
const REDRAW_MS = 100;

/** `out` null: no output at all (tests). */
export function progress(label: string, total: number, out: NodeJS.WriteStream | null = process.stderr): Progress {
  if (!out) return { advance: () => undefined, finish: () => undefined };
  const started = Date.now();
  let done = 0;
  let lastDraw = 0;
  let lastTenth = 0;
  const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  const share = () => (total > 0 ? Math.min(1, done / total) : 1);
  const draw = (detail: string) => {
    const filled = Math.round(share() * WIDTH);
    out.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(Math.floor(share() * 100)).padStart(3)}% ${detail} ${seconds()}\x1b[K`);
  };
  return {
    advance(n, detail = '') {
      done = n;
      if (out.isTTY) {
        if (Date.now() - lastDraw >= REDRAW_MS) {
          lastDraw = Date.now();
          draw(detail);
        }
        return;
      }
      const tenth = Math.floor(share() * 10);
      if (tenth > lastTenth && tenth < 10) {
        lastTenth = tenth;
        out.write(`${label}: ${tenth * 10}% ${detail} ${seconds()}\n`);
      }
    },
    finish(detail = '') {
      done = total;
      if (out.isTTY) {
        draw(detail);
        out.write('\n');
      } else {
        out.write(`${label}: 100% ${detail} ${seconds()}\n`);
      }
    },
  };
}
