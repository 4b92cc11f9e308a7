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

export function writeSeederLock(pgliteDir: string, pid: number): void {
  const path = seederLockPath(pgliteDir);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${pid}\n`);
}

export function removeSeederLock(pgliteDir: string): void {
  rmSync(seederLockPath(pgliteDir), { force: true });
}

/** What the seeder reports when it could not seed; the server then seeds the folder itself. */
export function markSeederFailed(pgliteDir: string): void {
  writeFileSync(seederLockPath(pgliteDir), 'failed\n');
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else, so it is still running.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export type SeederState = 'none' | 'running' | 'failed';

/**
 * Whether a seeder holds the folder. A lock naming a process that is gone (killed before it
 * could say) counts as failed, like one that says so.
 */
export function seederState(pgliteDir: string): SeederState {
  let text: string;
  try {
    text = readFileSync(seederLockPath(pgliteDir), 'utf8').trim();
  } catch {
    return 'none';
  }
  const pid = /^\d+$/.test(text) ? Number(text) : 0;
  return pid > 0 && alive(pid) ? 'running' : 'failed';
}

/**
 * Resolves once no seeder holds the folder: 'seeded' when it finished (or there was none),
 * 'failed' when it failed or was killed. The lock is removed either way.
 */
export function seederFinished(pgliteDir: string, pollMs = 100): Promise<'seeded' | 'failed'> {
  return new Promise((resolve) => {
    const check = () => {
      const state = seederState(pgliteDir);
      if (state === 'running') {
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
