import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isFolderDatabase,
  isFreshFolderDatabase,
  markSeederFailed,
  removeSeederLock,
  SEEDER_SCRIPT,
  seederFinished,
  seederLockPath,
  seederState,
  writeSeederLock,
} from './seeder-lock';

const folder = () => path.join(mkdtempSync(path.join(tmpdir(), 'gmj-seeder-')), 'pglite');
/**
 * A real process that lives for `ms`, standing in for the seeder: its command line names the
 * seeder's script, as the real one's does (or not, for a process that merely got its id).
 */
function liveProcess(ms: number, name = SEEDER_SCRIPT) {
  const child = spawn(process.execPath, ['-e', `setTimeout(() => {}, ${ms})`, name], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  if (child.pid === undefined) throw new Error('no process');
  return { pid: child.pid, exited };
}

describe('the first start seeder lock', () => {
  it('sits beside the folder; memory and other PGlite schemes have no folder', () => {
    expect(seederLockPath('.data/pglite/')).toBe('.data/pglite.seeding');
    expect(isFolderDatabase('.data/pglite')).toBe(true);
    expect(isFolderDatabase('memory://')).toBe(false);
    expect(isFreshFolderDatabase('memory://')).toBe(false);
  });

  it('reads running while the named process lives, and seeded once the lock is removed', async () => {
    const dir = folder();
    expect(isFreshFolderDatabase(dir)).toBe(true);
    expect(seederState(dir)).toBe('none');
    const seeder = liveProcess(60_000);
    writeSeederLock(dir, seeder.pid);
    expect(seederState(dir)).toBe('running');
    const notices: number[] = [];
    const finished = seederFinished(dir, { pollMs: 20, noticeMs: 50, notice: (s) => notices.push(s) });
    let outcome: string | undefined;
    void finished.then((o) => (outcome = o));
    await new Promise((r) => setTimeout(r, 150));
    expect(outcome).toBeUndefined();
    removeSeederLock(dir);
    expect(await finished).toBe('seeded');
    expect(notices.length).toBeGreaterThan(0);
    process.kill(seeder.pid);
  });

  it('reads failed once a seeder that says so has ended, or when its process is gone; clears the lock', async () => {
    const dir = folder();
    // It said so but still runs (it may still have the folder open): still running.
    const failing = liveProcess(300);
    markSeederFailed(dir, failing.pid);
    expect(seederState(dir)).toBe('running');
    const afterFailure = seederFinished(dir, { pollMs: 20 });
    await failing.exited;
    expect(await afterFailure).toBe('failed');
    expect(existsSync(seederLockPath(dir))).toBe(false);

    // Killed before it could say: the lock names a process that has ended.
    const seeder = liveProcess(300);
    writeSeederLock(dir, seeder.pid);
    const finished = seederFinished(dir, { pollMs: 20 });
    await seeder.exited;
    expect(await finished).toBe('failed');
    expect(existsSync(seederLockPath(dir))).toBe(false);

    writeFileSync(seederLockPath(dir), 'not a pid\n');
    expect(seederState(dir)).toBe('failed');

    // Process ids are reused: a live process that is not the seeder does not hold the folder.
    const stranger = liveProcess(60_000, 'something-else');
    writeSeederLock(dir, stranger.pid);
    expect(seederState(dir)).toBe('failed');
    process.kill(stranger.pid);
  });
});
