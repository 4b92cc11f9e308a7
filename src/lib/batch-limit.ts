/**
 * The most calls one /api/trpc batch may hold. Client-safe: the browser's batch link splits at
 * this number and the server refuses longer batches (src/server/api/request-limits.ts).
 */
export const MAX_BATCH_CALLS = 10;
