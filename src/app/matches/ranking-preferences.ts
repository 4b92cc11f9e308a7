/** The saved preferences that rank a seeker's matches without hiding any (not must-haves). */
import type { AppliedMatchFilters } from '@/lib/validators/matching';
import type { PreferencesOutput } from '@/lib/validators/profile';
import { JOB_TYPE_LABEL, REMOTE_LABEL } from '../_components/format';
import { minimumWords } from './salary-words';

const joinOr = (items: string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * The saved preferences that are not must-haves: they move jobs up or down, never out of the list.
 * One the list is filtered by exactly this time (ticked on the page) is not said to hide no job; a
 * different filter ("Remote or On-site" over a preference for On-site) leaves it ranking.
 */
export function rankingPreferences(
  p: PreferencesOutput,
  preferredPlaces: readonly string[],
  filters: AppliedMatchFilters,
): string[] {
  const must = new Set<string>(p.mustHaves);
  if (filters.places.length > 0) must.add('locations');
  if (filters.remoteTypes.length > 0 && sameSet(filters.remoteTypes, p.remoteTypes)) must.add('remoteTypes');
  if (filters.jobTypes.length > 0 && sameSet(filters.jobTypes, p.jobTypes)) must.add('jobTypes');
  if (filters.salaryMin !== null) must.add('salary');
  // "Remote" among the places is the work arrangement, said once below ("Miami, FL, Remote · Remote", a walk).
  const places = preferredPlaces.join(', ');
  return [
    !must.has('locations') || (p.willingToRelocate && filters.places.length === 0)
      ? places && (p.willingToRelocate ? `${places} (willing to relocate)` : places)
      : '',
    !must.has('remoteTypes') ? joinOr(p.remoteTypes.map((t) => REMOTE_LABEL[t])) : '',
    !must.has('jobTypes') ? joinOr(p.jobTypes.map((t) => JOB_TYPE_LABEL[t])) : '',
    !must.has('salary') && p.salaryMin !== null ? minimumWords(p.salaryMin, p.salaryCurrency, p.salaryPeriod) : '',
  ].filter(Boolean);
}

/** Whether the seeker saved any preference at all (else the page invites them to). */
export const hasPreferences = (p: PreferencesOutput) =>
  p.locations.length > 0 || p.remoteTypes.length > 0 || p.jobTypes.length > 0 || p.salaryMin !== null;
