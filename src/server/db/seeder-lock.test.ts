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
  seederFinished,
  seederLockPath,
  seederState,
  writeSeederLock,
} from './seeder-lock';

const folder = () => path.join(mkdtempSync(path.join(tmpdir(), 'gmj-seeder-')), 'pglite');
/** A real process that lives for `ms`, standing in for the seeder. */
function liveProcess(ms: number) {
  const child = spawn(process.execPath, ['-e', `setTimeout(() => {}, ${ms})`], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { pid: child.pid ?? 0, exited };
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
    const finished = seederFinished(dir, 20);
    let outcome: string | undefined;
    void finished.then((o) => (outcome = o));
    await new Promise((r) => setTimeout(r, 150));
    expect(outcome).toBeUndefined();
    removeSeederLock(dir);
    expect(await finished).toBe('seeded');
    process.kill(seeder.pid);
  });

  it('reads failed when the seeder says so or its process is gone, and clears the lock', async () => {
    const dir = folder();
    markSeederFailed(dir);
    expect(seederState(dir)).toBe('failed');
    expect(await seederFinished(dir, 20)).toBe('failed');
    expect(existsSync(seederLockPath(dir))).toBe(false);

    // Killed before it could say: the lock names a process that has ended.
    const seeder = liveProcess(300);
    writeSeederLock(dir, seeder.pid);
    const finished = seederFinished(dir, 20);
    await seeder.exited;
    expect(await finished).toBe('failed');
    expect(existsSync(seederLockPath(dir))).toBe(false);

    writeFileSync(seederLockPath(dir), 'not a pid\n');
    expect(seederState(dir)).toBe('failed');
  });
});
