import { describe, expect, it } from 'vitest';
import { savedNotice } from './saved-notice';

describe('savedNotice', () => {
  it('ends with one full stop, whatever the name ends with', () => {
    expect(savedNotice('Saved', 'B.Sc.')).toBe('Saved B.Sc.');
    expect(savedNotice('Added', 'Acme Inc. ')).toBe('Added Acme Inc.');
    expect(savedNotice('Added', 'React')).toBe('Added React.');
  });
});
