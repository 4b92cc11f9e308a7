/**
 * Where the shared real data lives (../shared/data beside the project; licensed for tests only, so
 * read in place and never copied in). A clone elsewhere on the machine (a CI checkout in /tmp)
 * finds it through SHARED_DATA_DIR or the workspace's fixed location. A test that needs it fails
 * with the paths it tried, rather than skipping: the data is part of the test machine.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

const CANDIDATES = [
  process.env.SHARED_DATA_DIR,
  path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'data'),
  '/work/shared/data',
].filter((p): p is string => Boolean(p));

export const SHARED_DATA_DIR: string = CANDIDATES.find((p) => existsSync(p)) ?? CANDIDATES[0]!;

/** A path inside the shared data folder, e.g. sharedData('ats-payloads', 'jobops_lever_sample.json'). */
export function sharedData(...parts: string[]): string {
  const full = path.join(SHARED_DATA_DIR, ...parts);
  if (!existsSync(full)) throw new Error(`Shared test data not found: ${full} (tried ${CANDIDATES.join(', ')})`);
  return full;
}
