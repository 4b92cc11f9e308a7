import { describe, expect, it } from 'vitest';
import { inPreferredPlaces } from './match-filters';
import { placeParts } from './scoring/location-names';

const limit = (places: string[], remoteOk = true) => ({ places: places.map(placeParts), names: places, remoteOk });
const remote = (location: string) => ({ location, remoteType: 'remote' as const });

describe('inPreferredPlaces: a remote job', () => {
  it('passes only where it is open to: a remote job for US residents is no job for a seeker in Berlin', () => {
    // "Remote (US)" jobs passed a "Berlin, Germany" must-have (a walk).
    expect(inPreferredPlaces(limit(['Berlin, Germany']), remote('Remote (US)'))).toBe(false);
    expect(inPreferredPlaces(limit(['Berlin, Germany']), remote('United States (Remote)'))).toBe(false);
    expect(inPreferredPlaces(limit(['Austin, TX']), remote('Remote (US)'))).toBe(true);
    expect(inPreferredPlaces(limit(['Berlin, Germany', 'Austin, TX']), remote('Remote (US)'))).toBe(true);
    expect(inPreferredPlaces(limit(['Berlin, Germany']), remote('Remote, Germany'))).toBe(true);
    expect(inPreferredPlaces(limit(['London, UK']), remote('Remote - United Kingdom'))).toBe(true);
  });

  it('passes when it names no country, or the seeker’s country cannot be told', () => {
    expect(inPreferredPlaces(limit(['Berlin, Germany']), remote('Remote'))).toBe(true);
    expect(inPreferredPlaces(limit(['Berlin, Germany']), remote('Anywhere'))).toBe(true);
    // "Munich" alone names no country: nothing to compare, so nothing is hidden.
    expect(inPreferredPlaces(limit(['Munich']), remote('Remote (US)'))).toBe(true);
  });

  it('keeps a job whose place is not surely a country: a headquarters, a region, a code of two meanings', () => {
    // A must-have hides what fails it: only what is sure may hide a job (a review's cases).
    for (const location of [
      'Remote - DE', // Delaware or Germany
      'Remote, CA', // California or Canada
      'Remote - IN',
      'Remote - European Union',
      'Remote (US, EU)',
      'Remote - US / Europe',
      'Berlin, Germany (Remote)', // where the company is
      'Remote, EMEA',
      'US Remote',
    ])
      expect(inPreferredPlaces(limit(['Berlin, Germany']), remote(location)), location).toBe(true);
    expect(inPreferredPlaces(limit(['Paris, France']), remote('Berlin, Germany (Remote)'))).toBe(true);
    // A seeker's place of two meanings says no country: nothing is hidden for it.
    expect(inPreferredPlaces(limit(['Berlin, DE']), remote('Remote (US)'))).toBe(true);
    expect(inPreferredPlaces(limit(['Toronto, CA']), remote('Remote - Canada'))).toBe(true);
    expect(inPreferredPlaces(limit(['Tbilisi, Georgia']), remote('Remote, Georgia'))).toBe(true);
    // Sure on both sides: hidden.
    expect(inPreferredPlaces(limit(['Bangalore, India']), remote('Remote - Germany'))).toBe(false);
    expect(inPreferredPlaces(limit(['Bangalore, India']), remote('India (Remote)'))).toBe(true);
    expect(inPreferredPlaces(limit(['Austin, TX']), remote('Remote, Germany'))).toBe(false);
  });

  it('never passes when remote work does not suit the seeker', () => {
    expect(inPreferredPlaces(limit(['Berlin, Germany'], false), remote('Remote'))).toBe(false);
  });
});
