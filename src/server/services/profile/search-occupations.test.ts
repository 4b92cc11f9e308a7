import { describe, expect, it } from 'vitest';
import { searchOccupations } from './profile-occupations';

describe('searchOccupations', () => {
  it('lists occupations with a title holding every word typed before those holding some', () => {
    // "registered nurse" offered Court, Municipal, and License Clerks second (a walk).
    const titles = searchOccupations({ q: 'registered nurse' }).map((o) => o.title);
    expect(titles[0]).toBe('Registered Nurses');
    expect(titles.slice(0, 5).every((t) => /nurs/i.test(t))).toBe(true);
    expect(titles.indexOf('Court, Municipal, and License Clerks')).toBe(-1);
    expect(searchOccupations({ q: 'mechanical engineer' })[0]?.title).toBe('Mechanical Engineers');
  });
});
