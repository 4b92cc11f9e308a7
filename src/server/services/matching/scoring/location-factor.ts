/**
 * Location factor, 0..1: work arrangement x place.
 *
 *   arrangement  1    the job's remote type is one the seeker accepts (or they named none);
 *                     a hybrid job for someone who accepts onsite (hybrid asks less presence)
 *                0.5  near miss: hybrid job for a remote-only seeker; onsite job for a hybrid-only seeker
 *                0    the seeker ruled it out: onsite for remote-only, remote for onsite/hybrid-only
 *   place        remote job: 1 (place does not matter once remote is accepted)
 *                onsite/hybrid: 1 the job is in a preferred location (city, or state/country part),
 *                0.5 same state/region as a preferred city, 0 elsewhere (0.4 when the seeker is
 *                willing to relocate: a move they would make, behind a commute or a short move),
 *                0.7 no preferred places given (neutral), 0.5 the job names no place
 *   location     = arrangement x place
 *
 * A seeker with no preferences at all gets 0.7 ('no-preference') for every job, remote included:
 * we know nothing, so no kind of job gets a head start.
 */
import type { RemoteType } from '@/lib/validators/enums';
import type { JobForMatching, MatchExplanation, ProfileForMatching } from '../types';
import { isArrangementOnly, placeFit, placeParts, type PlaceFit } from './location-names';

export const NO_PREFERENCE_SCORE = 0.7;
export const NEAR_MISS_SCORE = 0.5;
export const UNKNOWN_PLACE_SCORE = 0.5;
export const RELOCATE_PLACE_SCORE = 0.4;

type Arrangement = 'full' | 'near' | 'none';
type LocationFit = MatchExplanation['location']['fit'];

export interface LocationFactor {
  score: number;
  detail: MatchExplanation['location'];
}

function arrangementFit(job: RemoteType, accepted: readonly RemoteType[]): Arrangement {
  if (accepted.length === 0 || accepted.includes(job)) return 'full';
  if (job === 'hybrid') return accepted.includes('onsite') ? 'full' : 'near';
  if (job === 'onsite') return accepted.includes('hybrid') ? 'near' : 'none';
  return 'none';
}

const ARRANGEMENT_SCORE: Record<Arrangement, number> = { full: 1, near: NEAR_MISS_SCORE, none: 0 };
const PLACE_SCORE: Record<PlaceFit, number> = { match: 1, region: NEAR_MISS_SCORE, none: 0 };
const RANK: Record<PlaceFit, number> = { match: 2, region: 1, none: 0 };

function listTypes(types: readonly RemoteType[]): string {
  return types.length === 1 ? `${types[0]} work` : `${types.slice(0, -1).join(', ')} or ${types.at(-1)} work`;
}

const result = (score: number, fit: LocationFit, detail: string): LocationFactor => ({
  score,
  detail: { fit, detail },
});

export function locationFactor(profile: ProfileForMatching, job: JobForMatching): LocationFactor {
  const accepted = profile.preferences.remoteTypes;
  const places = profile.preferences.locations.map(placeParts).filter((p) => p.length > 0);
  // "Remote" typed as a location says remote is fine, though not that it is the only option.
  const remoteByLocation = profile.preferences.locations.some(isArrangementOnly);
  const where = job.location.trim() || 'an unstated location';

  if (accepted.length === 0 && places.length === 0 && !remoteByLocation) {
    return result(NO_PREFERENCE_SCORE, 'no-preference', 'You have not set location preferences');
  }
  const arrangement = arrangementFit(job.remoteType, accepted);
  if (arrangement === 'none') {
    return result(0, 'mismatch', `You want ${listTypes(accepted)}; this job is ${job.remoteType} in ${where}`);
  }
  if (job.remoteType === 'remote') {
    const why = accepted.length > 0 || remoteByLocation ? 'you accept remote work' : 'you have not ruled it out';
    return result(1, 'remote', `This is a remote job, and ${why}`);
  }

  const factor = ARRANGEMENT_SCORE[arrangement];
  const kind = job.remoteType === 'hybrid' ? 'Hybrid' : 'Onsite';
  const near = arrangement === 'near' ? ` (you prefer ${listTypes(accepted)})` : '';
  if (places.length === 0) {
    const score = NO_PREFERENCE_SCORE * factor;
    return result(
      score,
      arrangement === 'full' ? 'no-preference' : 'partial',
      `${kind} in ${where}; you have not set preferred locations${near}`,
    );
  }
  const jobPlace = placeParts(job.location);
  if (jobPlace.length === 0) {
    return result(UNKNOWN_PLACE_SCORE * factor, 'partial', `${kind} job that does not say where${near}`);
  }
  const best = places.map((p) => placeFit(p, jobPlace)).reduce((a, b) => (RANK[b] > RANK[a] ? b : a), 'none');
  const relocate = best === 'none' && profile.preferences.willingToRelocate === true;
  const score = (relocate ? RELOCATE_PLACE_SCORE : PLACE_SCORE[best]) * factor;
  const fit: LocationFit = score === 1 ? 'match' : score === 0 ? 'mismatch' : 'partial';
  const placeText =
    best === 'match'
      ? 'one of your preferred locations'
      : best === 'region'
        ? 'in the same region as a preferred location'
        : relocate
          ? 'not in your preferred locations, but you would relocate'
          : 'not in your preferred locations';
  return result(score, fit, `${kind} in ${where}, ${placeText}${near}`);
}
