import { describe, expect, it } from 'vitest';
import { emailSchema, passwordSchema } from '@/lib/validators/users';
import { DEMO_USERS } from './users';

describe('DEMO_USERS', () => {
  it('have passwords and emails the sign-up policy accepts', () => {
    for (const u of Object.values(DEMO_USERS)) {
      expect(passwordSchema.safeParse(u.password).success).toBe(true);
      expect(emailSchema.parse(u.email)).toBe(u.email);
    }
    expect(DEMO_USERS.seeker.role).toBe('seeker');
    expect(DEMO_USERS.recruiter.role).toBe('recruiter');
  });
});
