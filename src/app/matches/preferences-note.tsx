import Link from 'next/link';
import type { AppliedMatchFilters } from '@/lib/validators/matching';
import type { PreferencesOutput } from '@/lib/validators/profile';
import { JOB_TYPE_LABEL, REMOTE_LABEL } from '../_components/format';
import { minimumWords } from './salary-words';

const joinOr = (items: string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

/** The saved preferences that are not must-haves: they move jobs up or down, never out of the list. */
function rankingPreferences(p: PreferencesOutput, preferredPlaces: readonly string[]): string[] {
  const must = new Set(p.mustHaves);
  // "Remote" among the places is the work arrangement, said once below ("Miami, FL, Remote · Remote", a walk).
  const places = preferredPlaces.join(', ');
  return [
    !must.has('locations') || p.willingToRelocate
      ? places && (p.willingToRelocate ? `${places} (willing to relocate)` : places)
      : '',
    !must.has('remoteTypes') ? joinOr(p.remoteTypes.map((t) => REMOTE_LABEL[t])) : '',
    !must.has('jobTypes') ? joinOr(p.jobTypes.map((t) => JOB_TYPE_LABEL[t])) : '',
    !must.has('salary') && p.salaryMin !== null ? minimumWords(p.salaryMin, p.salaryCurrency, p.salaryPeriod) : '',
  ].filter(Boolean);
}

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
  const ranking = rankingPreferences(preferences, preferredPlaces);
  if (ranking.length === 0 && filters.fromMustHaves.length === 0) {
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
