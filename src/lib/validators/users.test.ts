import { describe, expect, it } from 'vitest';
import { changePasswordInput, updateProfileInput } from './users';

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

describe('changePasswordInput', () => {
  it('refuses the current password as the new one, on the new password field', () => {
    // Accepted, it signed every device out for a change that changed nothing (a walk).
    const same = changePasswordInput.safeParse({ currentPassword: 'Brand!New2026x', newPassword: 'Brand!New2026x' });
    expect(same.success).toBe(false);
    expect(same.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['newPassword', 'Choose a new password that differs from your current one.'],
    ]);
    expect(
      changePasswordInput.safeParse({ currentPassword: 'Old!Pass2026x', newPassword: 'Brand!New2026x' }).success,
    ).toBe(true);
  });
});
