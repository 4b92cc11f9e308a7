/**
 * The background work of a `next dev` server, started through its own route after the first
 * page (background-trigger.ts says why): the in-process schedule, and making the embedded
 * database's jobs matchable. `next start` starts the same work from the start-up hook directly.
 */
import { prepareEmbeddedDatabaseInBackground } from '@/server/services/matching/prepare-in-background';
import { startInProcessSchedule } from '@/server/workflows/schedule-in-process';
import type { BackgroundMode } from './background-trigger';

/**
 * 'seed-now': the server seeds the embedded database (what is missing) with requests held, and
 * this resolves once the seed is in; 'prepare': the jobs are in (the first start's seeder, or an
 * earlier start), so the sample seekers are added and the jobs prepared without holding anyone;
 * 'schedule-only': PostgreSQL, prepared by its own scripts.
 */
export async function startDevBackgroundWork(mode: BackgroundMode): Promise<void> {
  startInProcessSchedule();
  if (mode === 'schedule-only') return;
  const seeded = prepareEmbeddedDatabaseInBackground(console.log, { holdRequests: mode === 'seed-now' });
  if (mode === 'seed-now') await seeded;
}
