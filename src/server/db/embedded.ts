/**
 * Whether a database object is the embedded PGlite, for the few reads whose fastest form differs
 * by driver: PGlite decodes a bytea column byte by byte (a binary real[] reads ~2.5x slower than
 * its text form there), postgres.js natively. Only the root objects connect.ts makes are marked;
 * a transaction reads as the server's (correct on both, only slower on PGlite).
 */
const embedded = new WeakSet<object>();

export function markEmbedded(db: object): void {
  embedded.add(db);
}

export function isEmbedded(db: object): boolean {
  return embedded.has(db);
}
