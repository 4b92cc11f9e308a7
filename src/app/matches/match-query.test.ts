import { describe, expect, it } from 'vitest';
import { matchQuery } from './match-query';

describe('matchQuery', () => {
  it('leaves every filter to the saved must-haves on a first visit', () => {
    expect(matchQuery({})).toEqual({ limit: 20, location: undefined, remoteTypes: undefined, jobTypes: undefined });
  });

  it('keeps what a link names and defaults the rest', () => {
    expect(matchQuery({ remote: ['remote', 'bogus'], location: ' Austin ' })).toMatchObject({
      location: 'Austin',
      remoteTypes: ['remote'],
      jobTypes: undefined,
    });
  });

  it('reads a submitted form as the whole filter: unticked boxes and an empty salary widen', () => {
    expect(matchQuery({ f: '1' })).toEqual({
      limit: 20,
      location: undefined,
      remoteTypes: [],
      jobTypes: [],
      salaryMin: null,
      includeUnknownSalary: false,
      preferredPlacesOnly: false,
    });
    expect(
      matchQuery({ f: '1', remote: ['remote', 'hybrid'], type: 'full-time', salary: '$130,000', unknownSalary: 'on', places: 'on' }),
    ).toMatchObject({
      remoteTypes: ['remote', 'hybrid'],
      jobTypes: ['full-time'],
      salaryMin: 130_000,
      includeUnknownSalary: true,
      preferredPlacesOnly: true,
    });
    expect(matchQuery({ f: '1', salary: 'lots' }).salaryMin).toBeNull();
    expect(matchQuery({ f: '1', salary: '1e12' }).salaryMin).toBe(10_000_000);
  });

  it('shows 20 more matches per "Show more", up to 100, whatever the link says', () => {
    expect(matchQuery({ n: '40' }).limit).toBe(40);
    expect(matchQuery({ f: '1', n: '60' }).limit).toBe(60);
    expect(matchQuery({ n: '1000' }).limit).toBe(100);
    expect(matchQuery({ n: '33' }).limit).toBe(40);
    for (const n of ['0', '-20', 'abc', '', '1e9x']) expect(matchQuery({ n }).limit).toBe(20);
  });
});
