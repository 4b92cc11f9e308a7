/**
 * While the embedded database is being seeded (services/matching/first-start.ts), requests must
 * wait for the seed rather than render a half-seeded database, must not open the folder meanwhile
 * (another process may be seeding it), and a seed that fails must not hold them forever.
 */
import { afterAll, describe, expect, it } from 'vitest';

describe('requests wait for a database hold', () => {
  let close: (() => Promise<void>) | undefined;
  afterAll(async () => {
    await close?.();
  });

  it('does not open the embedded database while held: another process may be seeding it', async () => {
    process.env.PGLITE_DIR = 'memory://';
    delete process.env.DATABASE_URL;
    const { getDatabase, holdDatabaseUntil } = await import('@/server/db');
    const opened = () => (globalThis as unknown as { __gmjDb?: unknown }).__gmjDb !== undefined;
    expect(opened()).toBe(false);
    let release!: () => void;
    holdDatabaseUntil(new Promise<void>((resolve) => (release = resolve)));
    const waiting = getDatabase();
    await new Promise((r) => setTimeout(r, 200));
    expect(opened()).toBe(false);
    release();
    const handle = await waiting;
    close = handle.close;
    expect(opened()).toBe(true);
  }, 300_000);

  it('answers getDatabase() only once the hold settles, resolved or rejected', async () => {
    process.env.PGLITE_DIR = 'memory://';
    delete process.env.DATABASE_URL;
    const { getDatabase, holdDatabaseUntil, openProcessDatabase } = await import('@/server/db');
    const handle = await openProcessDatabase();
    close ??= handle.close;

    let release!: () => void;
    holdDatabaseUntil(new Promise<void>((resolve) => (release = resolve)));
    let answered = false;
    const waiting = getDatabase().then((h) => {
      answered = true;
      return h;
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(answered).toBe(false);
    release();
    expect(await waiting).toBe(handle);

    holdDatabaseUntil(Promise.reject(new Error('seed failed')));
    expect(await getDatabase()).toBe(handle);
    // Opening and migrating an embedded database takes most of a minute on a loaded machine.
  }, 300_000);
});
