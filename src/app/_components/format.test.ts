import { describe, expect, it } from 'vitest';
import { countOf, formatPlace } from './format';

describe('formatPlace', () => {
  it('names the place and the work arrangement', () => {
    expect(formatPlace('Denver, CO', 'hybrid')).toBe('Denver, CO · Hybrid');
    expect(formatPlace('Austin, TX', 'onsite')).toBe('Austin, TX · On-site');
    // A remote job with a home base still says where that is.
    expect(formatPlace('Boston, MA', 'remote')).toBe('Boston, MA · Remote');
  });

  it('does not repeat "Remote" for a remote job located "Remote"', () => {
    expect(formatPlace('Remote', 'remote')).toBe('Remote');
    expect(formatPlace('Remote, US', 'remote')).toBe('Remote, US');
    expect(formatPlace('  ', 'remote')).toBe('Remote');
  });

  it('keeps a "Remote" location on a job that is not remote as posted', () => {
    expect(formatPlace('Remote', 'hybrid')).toBe('Remote · Hybrid');
  });
});

describe('countOf', () => {
  it('agrees the noun with the count', () => {
    expect(countOf(1, 'answered application')).toBe('1 answered application');
    expect(countOf(0, 'answered application')).toBe('0 answered applications');
    expect(countOf(2, 'smaller group')).toBe('2 smaller groups');
    expect(countOf(1200, 'application')).toBe('1,200 applications');
  });
});
