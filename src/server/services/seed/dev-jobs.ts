/** Jobs seeded into a fresh embedded database by `npm run dev` (scripts/seed-first-start.ts). */
export const DEV_JOBS = 2000;
