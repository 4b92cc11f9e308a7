/**
 * While the embedded database is being seeded (on a fresh clone's first start by a process of its
 * own, db/seeder-lock.ts; otherwise by the server), requests wait for the seed: a half-seeded page
 * would be wrong, and the folder may not be opened while another process has it. A module of its
 * own, with nothing to compile behind it: the server's start-up hook sets the hold at once.
 */
const globalForHold = globalThis as unknown as { __gmjDbHold?: Promise<void> };

/** Requests wait for `ready` (settled either way) before they get the database. */
export function holdDatabaseUntil(ready: Promise<unknown>): void {
  globalForHold.__gmjDbHold = ready.then(
    () => {},
    () => {},
  );
}

/** What requests wait for now, if anything. */
export const databaseHold = (): Promise<void> | undefined => globalForHold.__gmjDbHold;
