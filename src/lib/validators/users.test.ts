import { describe, expect, it } from 'vitest';
import { updateProfileInput } from './users';

describe('updateProfileInput', () => {
  it('refuses keys that carry nothing (found by npm run fuzz: it reached the database as an empty UPDATE)', () => {
    expect(updateProfileInput.safeParse({}).success).toBe(false);
    expect(updateProfileInput.safeParse({ professionalHeadline: undefined }).success).toBe(false);
  });

  it('takes one change, and a blank headline clears it', () => {
    expect(updateProfileInput.parse({ firstName: ' Ana ' })).toEqual({ firstName: 'Ana' });
    expect(updateProfileInput.parse({ professionalHeadline: '' })).toEqual({ professionalHeadline: null });
  });
});
