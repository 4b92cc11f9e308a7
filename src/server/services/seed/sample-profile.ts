/**
 * A generated profile for each sample seeker: the skills their applications were planned from
 * and one role in the occupation of the job they were drawn around, so a recruiter's applicant
 * list ranks them the way it would rank real applicants instead of showing "No roles / No
 * skills". Drawn from its own random stream, so the applications planned for a seeker stay the
 * same with or without it. The headline says the profile is generated.
 */
import type { experience, skills } from '@/server/db/schema';
import type { PoolJob } from './application-pool';
import type { Rng } from './random';

const MONTH_MS = 30.44 * 86_400_000;
/** Seniority and contract words a posting's title carries and a past role's would not. */
const POSTING_WORDS = /\b(Senior|Junior|Lead|Principal|Entry-Level|Intern|Contract|Temporary|Part-Time)\b\s*/gi;

export interface SampleProfileRows {
  headline: string;
  skills: (typeof skills.$inferInsert)[];
  experience: typeof experience.$inferInsert;
}

export function roleTitleOf(postingTitle: string): string {
  return postingTitle.replace(POSTING_WORDS, '').replace(/\s+/g, ' ').trim() || postingTitle;
}

/**
 * `skillNames` are the display names of the seeker's skill keys (as the jobs list them);
 * `employer` a company other than the anchor job's, so they are not applying to their own.
 */
export function sampleProfile(
  rng: Rng,
  userId: string,
  anchor: PoolJob,
  skillNames: readonly string[],
  employer: string | null,
  now: Date,
): SampleProfileRows {
  const title = roleTitleOf(anchor.title);
  const months = rng.int(10, 110);
  const current = rng.chance(0.6);
  const end = current ? null : new Date(now.getTime() - rng.int(1, 8) * MONTH_MS);
  const start = new Date((end ?? now).getTime() - months * MONTH_MS);
  const month = (d: Date) => `${d.toISOString().slice(0, 7)}-01`;
  const years = Math.round((months / 12) * 10) / 10;
  return {
    headline: `${title} (generated sample profile)`.slice(0, 200),
    skills: skillNames.map((name) => ({
      userId,
      name: name.slice(0, 100),
      category: 'technical' as const,
      proficiencyLevel: rng.int(2, 4),
      yearsOfExperience: Math.min(years, rng.int(1, 8)),
    })),
    experience: {
      userId,
      title,
      company: employer,
      startDate: month(start),
      endDate: end ? month(end) : null,
      isCurrent: current,
      achievements: [],
    },
  };
}
