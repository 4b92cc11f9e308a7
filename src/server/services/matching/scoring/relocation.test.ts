import { describe, expect, it } from 'vitest';
import { locationFactor, RELOCATE_PLACE_SCORE } from './location-factor';
import { makeJob, makeProfile } from './test-fixtures';

describe('location factor for a seeker willing to relocate', () => {
  const job = makeJob({ location: 'Berlin, Germany', remoteType: 'onsite' });
  const prefs = { locations: ['Austin, TX'], remoteTypes: ['onsite' as const] };

  it('demotes a job in another place instead of ruling it out', () => {
    const stays = locationFactor(makeProfile({ preferences: prefs }), job);
    const moves = locationFactor(makeProfile({ preferences: { ...prefs, willingToRelocate: true } }), job);
    expect(stays).toMatchObject({ score: 0, detail: { fit: 'mismatch' } });
    expect(moves.score).toBe(RELOCATE_PLACE_SCORE);
    expect(moves.detail).toEqual({
      fit: 'partial',
      detail: 'Onsite in Berlin, Germany, not in your preferred locations, but you would relocate',
    });
  });

  it('still ranks a preferred place and its region above a move', () => {
    const profile = makeProfile({ preferences: { ...prefs, willingToRelocate: true } });
    const home = locationFactor(profile, makeJob({ location: 'Austin, TX', remoteType: 'onsite' })).score;
    const region = locationFactor(profile, makeJob({ location: 'Dallas, TX', remoteType: 'onsite' })).score;
    expect(home).toBe(1);
    expect(region).toBeGreaterThan(RELOCATE_PLACE_SCORE);
  });
});
