/**
 * While a fresh embedded database is being seeded by the dev server, requests wait for the seed
 * (a half-seeded page would be wrong). A module of its own, with nothing to compile behind it:
 * the server's start-up hook sets the hold at once and compiles the seeding code afterwards.
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
