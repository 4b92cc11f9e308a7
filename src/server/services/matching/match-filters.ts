/**
 * The filters a "jobs for me" request runs with: what the request gives, else the seeker's
 * must-have preferences. Only must-haves become filters; every other preference keeps ranking
 * jobs through the location and salary factors, so a job that misses one is demoted, not hidden.
 */
import type { z } from 'zod';
import { matchesForMeInput, type AppliedMatchFilters } from '@/lib/validators/matching';
import type { PreferenceMustHave } from '@/lib/validators/preference-must-haves';
import type { VectorFilter } from '@/server/adapters/vectors';
import { placeCountry, remoteJobCountries } from './scoring/countries';
import { isArrangementOnly, placeFit, placeParts } from './scoring/location-names';
import type { JobForMatching, ProfileForMatching } from './types';

type MatchesForMeQuery = z.output<typeof matchesForMeInput>;

/** The seeker's preferred places as comparable parts, and whether remote jobs pass as well. */
export interface PlacesLimit {
  places: string[][];
  /** The places as the seeker wrote them, for their countries (countries.ts). */
  names: string[];
  remoteOk: boolean;
}

export interface MatchFilters {
  /** What the vector index (or the structured fallback) filters on. */
  vector: VectorFilter;
  /** Checked after retrieval (see inPreferredPlaces); null when the list is not limited to places. */
  places: PlacesLimit | null;
  applied: AppliedMatchFilters;
}

/** The matches page's default view: the seeker's must-haves and no other filter. */
export const defaultMatchFilters = (prefs: ProfileForMatching['preferences']): MatchFilters =>
  resolveMatchFilters(matchesForMeInput.parse({}), prefs);

export function resolveMatchFilters(input: MatchesForMeQuery, prefs: ProfileForMatching['preferences']): MatchFilters {
  const mustHaves = new Set(prefs.mustHaves ?? []);
  const fromMustHaves: PreferenceMustHave[] = [];
  /** The request's value when given; else the saved one when it is a must-have and set. */
  const pick = <T>(key: PreferenceMustHave, given: T | undefined, saved: T, isSet: boolean): T | undefined => {
    if (given !== undefined) return given;
    if (!mustHaves.has(key) || !isSet) return undefined;
    fromMustHaves.push(key);
    return saved;
  };

  const remoteTypes = pick('remoteTypes', input.remoteTypes, prefs.remoteTypes, prefs.remoteTypes.length > 0) ?? [];
  const jobTypes = pick('jobTypes', input.jobTypes, prefs.jobTypes, prefs.jobTypes.length > 0) ?? [];
  const salaryMin =
    pick('salary', input.salaryMin, prefs.salaryMinAnnualUsd, prefs.salaryMinAnnualUsd !== null) ?? null;
  const location = input.location?.trim() || null;

  const placeNames = prefs.locations.filter((l) => placeParts(l).length > 0);
  // Willing to relocate: other places are demoted by the location factor, never filtered out.
  const placesByDefault = placeNames.length > 0 && !prefs.willingToRelocate;
  // A place typed on the page replaces the preferred ones for this request.
  const placesOnly =
    location === null &&
    placeNames.length > 0 &&
    (pick('locations', input.preferredPlacesOnly, true, placesByDefault) ?? false);
  const seekerAcceptsRemote =
    prefs.remoteTypes.length === 0 || prefs.remoteTypes.includes('remote') || prefs.locations.some(isArrangementOnly);
  const remoteOk = remoteTypes.length > 0 ? remoteTypes.includes('remote') : seekerAcceptsRemote;

  return {
    vector: {
      remoteTypes,
      jobTypes,
      location: location ?? undefined,
      salaryMinAnnualUsd: salaryMin ?? undefined,
      includeUnknownSalary: input.includeUnknownSalary,
    },
    places: placesOnly ? { places: placeNames.map(placeParts), names: placeNames, remoteOk } : null,
    applied: {
      remoteTypes,
      jobTypes,
      salaryMin,
      includeUnknownSalary: input.includeUnknownSalary,
      location,
      places: placesOnly ? placeNames : [],
      placesIncludeRemote: placesOnly && remoteOk,
      fromMustHaves,
    },
  };
}

/**
 * Whether a job is in one of the preferred places: the same test as the location factor's 'match'
 * (a neighbouring city of the same state is not enough for a must-have). A remote job passes when
 * remote work suits the seeker and it is open to one of their places' countries ("Remote (US)" is
 * no job for a seeker in Berlin: a walk); a job naming no place cannot be checked and is kept, as a
 * job with an unknown salary is kept by a salary floor.
 */
export function inPreferredPlaces(limit: PlacesLimit, job: Pick<JobForMatching, 'location' | 'remoteType'>): boolean {
  if (job.remoteType === 'remote') return limit.remoteOk && openToPlaces(limit.names, job.location);
  const parts = placeParts(job.location);
  return parts.length === 0 || limit.places.some((p) => placeFit(p, parts) === 'match');
}

/** A remote job open anywhere, or in a country of the seeker's places (any place of unknown country: kept). */
function openToPlaces(places: readonly string[], location: string): boolean {
  const open = remoteJobCountries(location);
  if (open.size === 0) return true;
  const seekers = places.map(placeCountry);
  return seekers.some((c) => c === null || open.has(c));
}
