import { describe, expect, it } from 'vitest';
import type { AppliedMatchFilters } from '@/lib/validators/matching';
import type { PreferencesOutput } from '@/lib/validators/profile';
import { hasPreferences, rankingPreferences } from './ranking-preferences';

const preferences: PreferencesOutput = {
  locations: ['Austin, TX'],
  remoteTypes: ['onsite', 'hybrid'],
  jobTypes: ['full-time'],
  salaryMin: 90000,
  salaryCurrency: 'USD',
  salaryPeriod: 'year',
  careerGoals: null,
  alertFrequency: 'daily',
  targetOccupations: [],
  mustHaves: [],
  willingToRelocate: false,
};
const none: AppliedMatchFilters = {
  remoteTypes: [],
  jobTypes: [],
  salaryMin: null,
  includeUnknownSalary: true,
  location: null,
  places: [],
  placesIncludeRemote: false,
  fromMustHaves: [],
};

describe('rankingPreferences', () => {
  it('lists the saved preferences that only rank, when no filter applies them', () => {
    expect(rankingPreferences(preferences, ['Austin, TX'], none)).toEqual([
      'Austin, TX',
      'On-site or Hybrid',
      'Full-time',
      '$90,000+ a year',
    ]);
  });

  it('leaves out what the list is filtered by this time, must-have or not', () => {
    // "Filtered: On-site or Hybrid · Full-time · Austin, TX." sat above "Also ranked by your other
    // preferences, without hiding any job: Austin, TX." after ticking "Only in Austin, TX" (a walk).
    const filtered: AppliedMatchFilters = {
      ...none,
      remoteTypes: ['onsite', 'hybrid'],
      jobTypes: ['full-time'],
      places: ['Austin, TX'],
    };
    expect(rankingPreferences(preferences, ['Austin, TX'], filtered)).toEqual(['$90,000+ a year']);
    expect(rankingPreferences(preferences, ['Austin, TX'], { ...none, salaryMin: 90000 })).not.toContain(
      '$90,000+ a year',
    );
  });

  it('keeps a preference a different filter leaves ranking, and knows preferences are set when all are filtered', () => {
    const wider: AppliedMatchFilters = { ...none, remoteTypes: ['onsite', 'hybrid', 'remote'] };
    expect(rankingPreferences(preferences, ['Austin, TX'], wider)).toContain('On-site or Hybrid');
    // Every preference filtered on the page: nothing left to list, but the seeker did set them
    // (the page had invited them to "Set your preferences", a review).
    const all: AppliedMatchFilters = {
      ...none,
      remoteTypes: ['onsite', 'hybrid'],
      jobTypes: ['full-time'],
      places: ['Austin, TX'],
      salaryMin: 90000,
    };
    expect(rankingPreferences(preferences, ['Austin, TX'], all)).toEqual([]);
    expect(hasPreferences(preferences)).toBe(true);
    expect(hasPreferences({ ...preferences, locations: [], remoteTypes: [], jobTypes: [], salaryMin: null })).toBe(
      false,
    );
  });
});
