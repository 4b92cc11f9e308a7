import { AppError } from '@/server/errors';
import type { SeekerProfile } from '../profile-facts';

/**
 * A document can only say what the profile holds: with no role and no skill there is nothing
 * true to write, and we never fall back to a sample resume. The error names what to add.
 */
export function assertProfileCanGenerate(seeker: SeekerProfile): void {
  const { experience, skills } = seeker.profile;
  if (experience.length === 0 && skills.length === 0) {
    throw new AppError(
      'PRECONDITION_FAILED',
      'Your profile has no experience and no skills yet. Add at least one role under Experience or one skill under Skills (or import your resume), then generate again.',
      { reason: 'empty_profile', missing: ['experience', 'skills'] },
    );
  }
}
