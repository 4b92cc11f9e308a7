/**
 * The `next dev` start-up paths other than a seeder at work (first-start.integration.test.ts):
 * PostgreSQL, a later start, a lock left by a seeder that was killed, a seeder that reports
 * failure, and a background route that cannot be reached. The triggers are recorded here; what
 * the route then does is tested with the real route in first-start.integration.test.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseHold, holdDatabaseUntil } from '@/server/db/hold';
import { markSeederFailed, SEEDER_SCRIPT, seederLockPath, writeSeederLock } from '@/server/db/seeder-lock';
import { startDevServerWork } from '@/server/services/matching/first-start';
import { preparationStatus, setPreparationStatus } from '@/server/services/matching/preparation-status';
import type { BackgroundMode } from '@/server/workflows/background-trigger';

const folder = () => path.join(mkdtempSync(path.join(tmpdir(), 'gmj-first-start-')), 'pglite');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A trigger that records its modes and resolves when released. */
function recorder() {
  const modes: BackgroundMode[] = [];
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  return { modes, release, trigger: (mode: BackgroundMode) => (modes.push(mode), released) };
}

async function settled(promise: Promise<void> | undefined, ms = 100): Promise<boolean> {
  if (!promise) return true;
  return Promise.race([promise.then(() => true), sleep(ms).then(() => false)]);
}

describe('next dev start-up paths', () => {
  it('on PostgreSQL starts only the schedule, after the first page, holding nobody', async () => {
    holdDatabaseUntil(Promise.resolve());
    const before = databaseHold();
    const r = recorder();
    startDevServerWork({ pgliteDir: undefined, trigger: r.trigger, firstPageWaitMs: 50 });
    expect(databaseHold()).toBe(before);
    expect(r.modes).toEqual([]);
    await sleep(150);
    expect(r.modes).toEqual(['schedule-only']);
  });

  it('on a later start prepares after the first page without holding requests', async () => {
    const dir = folder();
    holdDatabaseUntil(Promise.resolve());
    const before = databaseHold();
    const r = recorder();
    startDevServerWork({ pgliteDir: dir, trigger: r.trigger, firstPageWaitMs: 50 });
    expect(databaseHold()).toBe(before);
    await sleep(150);
    expect(r.modes).toEqual(['prepare']);
  });

  it('after a seeder that was killed, holds requests while the server seeds what is missing', async () => {
    const dir = folder();
    const gone = spawn(process.execPath, ['-e', '0', SEEDER_SCRIPT]);
    await new Promise((resolve) => gone.on('exit', resolve));
    writeSeederLock(dir, gone.pid ?? 1);
    const r = recorder();
    startDevServerWork({ pgliteDir: dir, trigger: r.trigger, firstPageWaitMs: 50 });
    expect(r.modes).toEqual(['seed-now']);
    expect(existsSync(seederLockPath(dir))).toBe(false);
    expect(await settled(databaseHold())).toBe(false);
    r.release();
    expect(await settled(databaseHold(), 1000)).toBe(true);
    await sleep(150);
    expect(r.modes).toEqual(['seed-now']);
  });

  it('after a seeder that reports failure, seeds only once its process has ended', async () => {
    const dir = folder();
    const failing = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 400)', SEEDER_SCRIPT]);
    const exited = new Promise((resolve) => failing.on('exit', resolve));
    writeSeederLock(dir, failing.pid ?? 1);
    const r = recorder();
    startDevServerWork({ pgliteDir: dir, trigger: r.trigger, firstPageWaitMs: 50 });
    expect(preparationStatus().phase).toBe('preparing');
    markSeederFailed(dir, failing.pid);
    await sleep(150);
    expect(r.modes).toEqual([]);
    expect(await settled(databaseHold())).toBe(false);
    await exited;
    await sleep(300);
    expect(r.modes).toEqual(['seed-now']);
    r.release();
    expect(await settled(databaseHold(), 1000)).toBe(true);
  });

  it('says so, and stops saying "being prepared", when the background route cannot be reached', async () => {
    const dir = folder();
    setPreparationStatus({ phase: 'preparing', done: 0, total: 0 });
    const modes: BackgroundMode[] = [];
    const trigger = (mode: BackgroundMode) => {
      modes.push(mode);
      return Promise.reject(new Error('connect ECONNREFUSED'));
    };
    startDevServerWork({ pgliteDir: dir, trigger, firstPageWaitMs: 10, retryDelayMs: 10 });
    await sleep(400);
    expect(modes).toEqual(['prepare', 'prepare', 'prepare']);
    expect(preparationStatus().phase).toBe('failed');
  });
});
