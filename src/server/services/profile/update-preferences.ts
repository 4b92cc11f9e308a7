import { preferencesInput, type PreferencesInput, type ProfileOutput } from '@/lib/validators/profile';
import type { Database } from '@/server/db';
import { preferences } from '@/server/db/schema';
import type { Actor } from '../actor';
import { saveProfileChange } from './save-profile-change';

/** Replaces the caller's job preferences (one row per user, created on first save). */
export async function updatePreferences(db: Database, raw: PreferencesInput, actor: Actor): Promise<ProfileOutput> {
  const input = preferencesInput.parse(raw);
  // Dedupe case-insensitively but keep the first spelling the user typed.
  const seen = new Set<string>();
  const locations = input.locations.filter((l) => !seen.has(l.toLowerCase()) && seen.add(l.toLowerCase()));
  const remoteTypes = [...new Set(input.remoteTypes)];
  const jobTypes = [...new Set(input.jobTypes)];
  // A must-have with nothing to require would claim a filter that filters nothing: drop it.
  const isSet = { salary: input.salaryMin !== null, remoteTypes: remoteTypes.length > 0, jobTypes: jobTypes.length > 0, locations: locations.length > 0 };
  const mustHaves = [...new Set(input.mustHaves)].filter((m) => isSet[m]);
  const values = { ...input, locations, remoteTypes, jobTypes, mustHaves };
  return saveProfileChange(db, actor.userId, (tx) =>
    tx
      .insert(preferences)
      .values({ ...values, userId: actor.userId })
      .onConflictDoUpdate({ target: preferences.userId, set: values }),
  );
}
