/**
 * A fresh clone's first `npm run dev` seeds the embedded database in a process of its own
 * (scripts/seed-first-start.ts, started by scripts/prepare-dev.ts), beside `next dev` rather than
 * inside it: in the server, Next had to compile the seeding code first, and that compile held up
 * the first page's. A PGlite folder can be open in one process only, so the seeder leaves a lock
 * file beside the folder, naming its process, and the server holds its requests (hold.ts) until
 * the lock is gone or its process has ended. Node built-ins only: the start-up hook imports this.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Embedded databases that live in a folder (not `memory://` or another PGlite scheme). */
export const isFolderDatabase = (pgliteDir: string): boolean => !/^[a-z]+:\/\//i.test(pgliteDir);

export const seederLockPath = (pgliteDir: string): string => `${pgliteDir.replace(/[/\\]+$/, '')}.seeding`;

/** The name the seeder's process carries on its command line (scripts/seed-first-start.ts). */
export const SEEDER_SCRIPT = 'seed-first-start';

/** Written by prepare-dev before `next dev` starts: the seeder's process id. */
export function writeSeederLock(pgliteDir: string, pid: number): void {
  const path = seederLockPath(pgliteDir);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${pid} seeding\n`);
}

export function removeSeederLock(pgliteDir: string): void {
  rmSync(seederLockPath(pgliteDir), { force: true });
}

/**
 * What the seeder reports when it could not seed, just before it exits; the server then seeds the
 * folder itself, once this process is gone.
 */
export function markSeederFailed(pgliteDir: string, pid = process.pid): void {
  writeFileSync(seederLockPath(pgliteDir), `${pid} failed\n`);
}

/**
 * Whether `pid` is still the seeder. Process ids are reused (a lock left by a killed seeder may
 * name another process by the next start): where /proc exists, the command line must name the
 * seeder's script; a zombie's is empty.
 */
function seederAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    // EPERM: it exists but belongs to another user, so it cannot be our seeder.
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ESRCH' && code !== 'EPERM') throw err;
    return false;
  }
  if (!existsSync('/proc/self')) return true;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(SEEDER_SCRIPT);
  } catch {
    return false;
  }
}

export type SeederState = 'none' | 'running' | 'failed';

/** The process id the lock names: undefined without a lock, 0 when it names none. */
function lockedPid(pgliteDir: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(seederLockPath(pgliteDir), 'utf8');
  } catch {
    return undefined;
  }
  return Number(/^(\d+)\b/.exec(text.trim())?.[1] ?? 0);
}

/**
 * Whether a seeder holds the folder. While its process lives it holds it, even when it has
 * reported failure (it may not have closed the folder yet). A lock naming a process that is gone
 * counts as failed: the seeder failed, or was killed before it could say.
 */
export function seederState(pgliteDir: string): SeederState {
  const pid = lockedPid(pgliteDir);
  if (pid === undefined) return 'none';
  return pid > 0 && seederAlive(pid) ? 'running' : 'failed';
}

/** The seeder's process id while it holds the folder (for messages). */
export function seederPid(pgliteDir: string): number | undefined {
  const pid = lockedPid(pgliteDir);
  return pid ? pid : undefined;
}

export interface SeederWait {
  pollMs?: number;
  /** Called every `noticeMs` while the seeder still runs, with the seconds waited so far. */
  notice?: (seconds: number) => void;
  noticeMs?: number;
}

/**
 * Resolves once no seeder holds the folder: 'seeded' when it finished (or there was none),
 * 'failed' when it failed or was killed. The lock is removed either way. There is no time limit:
 * the folder must not be opened while the seeder may still have it; `notice` says what is awaited.
 */
export function seederFinished(
  pgliteDir: string,
  { pollMs = 100, notice, noticeMs = 15_000 }: SeederWait = {},
): Promise<'seeded' | 'failed'> {
  const started = Date.now();
  let noticed = 0;
  return new Promise((resolve) => {
    const check = () => {
      const state = seederState(pgliteDir);
      if (state === 'running') {
        const waited = Date.now() - started;
        if (notice && waited >= (noticed + 1) * noticeMs) {
          noticed++;
          notice(Math.round(waited / 1000));
        }
        setTimeout(check, pollMs);
        return;
      }
      removeSeederLock(pgliteDir);
      resolve(state === 'none' ? 'seeded' : 'failed');
    };
    check();
  });
}

/** A fresh embedded database: its folder has not been created yet. */
export const isFreshFolderDatabase = (pgliteDir: string): boolean =>
  isFolderDatabase(pgliteDir) && !existsSync(pgliteDir);
