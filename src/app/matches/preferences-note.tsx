import Link from 'next/link';
import type { AppliedMatchFilters } from '@/lib/validators/matching';
import type { PreferencesOutput } from '@/lib/validators/profile';
import { hasPreferences, rankingPreferences } from './ranking-preferences';

export function PreferencesNote({
  preferences,
  preferredPlaces,
  filters,
}: {
  preferences: PreferencesOutput;
  /** The places that are places ("Remote" is an arrangement). */
  preferredPlaces: readonly string[];
  filters: AppliedMatchFilters;
}) {
  const ranking = rankingPreferences(preferences, preferredPlaces, filters);
  if (!hasPreferences(preferences)) {
    return (
      <p className="text-sm text-slate-600">
        <Link href="/profile#preferences" className="text-brand-700 underline">
          Set your preferences
        </Link>{' '}
        (salary, work arrangement, places) and mark the ones you must have.
      </p>
    );
  }
  return ranking.length > 0 ? (
    <p className="text-sm text-slate-600" data-testid="ranking-preferences">
      Also ranked by your other preferences, without hiding any job: {ranking.join(' · ')}.
    </p>
  ) : null;
}
