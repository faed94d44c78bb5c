/**
 * One database, one writer: PGlite does not lock its data directory, so two servers on the same files
 * would each write their own version of them (an import into the second one is lost to the stack on the
 * first, and so are its audit entries). The server that opens a data directory registers itself in
 * `<dir>.lock.json` beside it, created exclusively; everyone else reads that file to find it.
 */
import { linkSync, mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface DataDirLock {
  /** The pglite-server process that holds the files. */
  pid: number;
  port: number;
  url: string;
  /** Who started that server ("npm start", "npm run import"...), and that process's pid. */
  owner: string;
  ownerPid: number;
  /** "starting" until the server accepts connections. */
  state: 'starting' | 'ready';
  startedAt: string;
}

/** The exit code of a pglite-server that found its data directory held by another live server. */
export const EXIT_DATA_DIR_HELD = 3;

export function embeddedUrl(port: number, host = '127.0.0.1'): string {
  return `postgres://postgres:postgres@${host}:${port}/postgres?sslmode=disable`;
}

export function lockPath(dataDir: string): string {
  return `${resolve(dataDir)}.lock.json`;
}

function readLockFile(path: string): DataDirLock | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as DataDirLock;
  } catch {
    return null;
  }
}

export function readLock(dataDir: string): DataDirLock | null {
  return readLockFile(lockPath(dataDir));
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Registers `lock` as the one server of `dataDir`. A lock whose process is gone is taken over; a live
 * holder is returned instead. The server calls it before it opens any file.
 */
export async function claimDataDir(dataDir: string, lock: DataDirLock): Promise<{ claimed: true } | { claimed: false; holder: DataDirLock }> {
  const path = lockPath(dataDir);
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      writeFileSync(path, JSON.stringify(lock, null, 2), { flag: 'wx' });
      return { claimed: true };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readLockFile(path);
    if (holder && isAlive(holder.pid)) return { claimed: false, holder };
    if (!holder) {
      // Empty or half written: its writer may be between open and write. Unreadable for long: garbage.
      let age = Infinity;
      try {
        age = Date.now() - statSync(path).mtimeMs;
      } catch {
        continue;
      }
      if (age < 2000) {
        await sleep(100);
        continue;
      }
    }
    // Stale. Moved aside rather than deleted, so that of two processes taking it over at once the second
    // sees it moved a fresh lock (not the stale one) and puts it back.
    const grave = `${path}.${process.pid}.stale`;
    try {
      renameSync(path, grave);
    } catch {
      continue;
    }
    const moved = readLockFile(grave);
    if (moved && holder && moved.pid !== holder.pid) {
      try {
        linkSync(grave, path);
      } catch {
        // someone wrote a new one meanwhile; the loop reads it
      }
    }
    unlinkSync(grave);
  }
  throw new Error(`could not register the embedded database in ${path}: it keeps changing`);
}

/** Rewrites the lock in one step (write beside, then rename), so a reader never sees half of it. */
export function updateLock(dataDir: string, lock: DataDirLock): void {
  const path = lockPath(dataDir);
  writeFileSync(`${path}.${process.pid}.tmp`, JSON.stringify(lock, null, 2));
  renameSync(`${path}.${process.pid}.tmp`, path);
}

/** Removes the lock if `pid` holds it (never another server's). */
export function releaseDataDir(dataDir: string, pid: number): void {
  const path = lockPath(dataDir);
  if (readLockFile(path)?.pid !== pid) return;
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
