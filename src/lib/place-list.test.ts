import { describe, expect, it } from 'vitest';
import { splitPlaces } from './place-list';

describe('splitPlaces', () => {
  it('keeps "Austin, TX" one place: splitting at every comma made "TX" a place of its own (all of Texas)', () => {
    expect(splitPlaces('Austin, TX')).toEqual(['Austin, TX']);
    expect(splitPlaces('Berlin, Germany')).toEqual(['Berlin, Germany']);
  });

  it('reads one place a line, or places separated by semicolons', () => {
    expect(splitPlaces('Austin, TX\nDenver, CO\n\n')).toEqual(['Austin, TX', 'Denver, CO']);
    expect(splitPlaces('Austin, TX; Remote')).toEqual(['Austin, TX', 'Remote']);
  });

  it('takes "Remote" (or "Anywhere") after a comma as a place of its own, as the old hint showed', () => {
    expect(splitPlaces('Austin, TX, Remote')).toEqual(['Austin, TX', 'Remote']);
    expect(splitPlaces('remote, Austin, TX')).toEqual(['remote', 'Austin, TX']);
  });

  it('drops repeats and blanks', () => {
    expect(splitPlaces(' Austin, TX \n austin, tx ;; ')).toEqual(['Austin, TX']);
  });
});
