/**
 * The level a posting states in its title or job type, and what it means for the experience
 * factor. The seed design's experience factor, min(years / required, 1), cannot fall for a seeker
 * far past a role: a Junior posting was the top match, rated Strong, for a profile with 12 years.
 * And a posting titled Senior that states no years asked nothing of a newcomer.
 *
 *   intern, entry   a role for at most 1 / 2 years; up to OVERQUALIFIED_SLACK years past that is
 *                   still a fit, then the factor falls by 1/OVERQUALIFIED_SPAN a year to 0
 *   senior, lead    with no years stated, read as their usual minimum (5 / 8 years)
 *
 * Years the posting states win over its title; unknown years stay neutral (experience-salary.ts).
 */
import type { JobType } from '@/lib/validators/enums';
import type { MatchBand } from '../types';

export type Seniority = 'intern' | 'entry' | 'senior' | 'lead';

const INTERN = /\b(interns?|internships?|co-?op)\b/i;
const ENTRY = /\b(junior|jr\.?|entry[- ]level|graduate|new grad|trainee|apprentice)(?=\s|$|[^\w])/i;
// "Senior Care Aide", "Senior Living Coordinator": senior as in older people, not a level.
const SENIOR =
  /\b(senior|sr\.?)(?=\s|$|[^\w])(?!\s+(care|living|services|centers?|citizens?|homes?|housing|community)\b)/i;
// "Staff Accountant" and "Staff Nurse" are not lead roles; a staff engineer or scientist is.
const LEAD =
  /\b(lead|principal)\b|\bstaff\s+(\w+\s+){0,2}(engineer|scientist|developer|designer|architect|researcher)s?\b/i;

/** The level the title or job type states; null when it states none ("Data Analyst"). */
export function jobSeniority(title: string, jobType: JobType): Seniority | null {
  if (jobType === 'internship' || INTERN.test(title)) return 'intern';
  if (ENTRY.test(title)) return 'entry';
  if (LEAD.test(title)) return 'lead';
  if (SENIOR.test(title)) return 'senior';
  return null;
}

/** Most years a role for beginners is meant for. */
const BEGINNER_YEARS: Partial<Record<Seniority, number>> = { intern: 1, entry: 2 };
/** The years a senior or lead posting usually asks for when it states none. */
export const USUAL_MINIMUM: Partial<Record<Seniority, number>> = { senior: 5, lead: 8 };
/** Years past a beginner's role that are still a fit (someone changing field, a step back). */
const OVERQUALIFIED_SLACK = 3;
/** Past the slack, the factor falls to 0 over this many years. */
const OVERQUALIFIED_SPAN = 6;

export interface Overqualified {
  score: number;
  summary: string;
  /** The best band the match may show: an Intern posting is never Strong for a veteran. */
  bandCap: MatchBand | null;
}

const LABEL: Record<'intern' | 'entry', string> = { intern: 'An internship', entry: 'A junior role' };

/** How far a seeker with `years` is past a beginner's role; null when the role is not one, or they are not. */
export function overqualification(level: Seniority | null, years: number, yearsLabel: string): Overqualified | null {
  const ceiling = level ? BEGINNER_YEARS[level] : undefined;
  if (ceiling === undefined || (level !== 'intern' && level !== 'entry')) return null;
  const excess = years - ceiling - OVERQUALIFIED_SLACK;
  if (excess <= 0) return null;
  const score = Math.max(0, 1 - excess / OVERQUALIFIED_SPAN);
  const bandCap: MatchBand | null = score === 0 ? 'Fair' : score < 0.5 ? 'Good' : null;
  return { score, summary: `${LABEL[level]}; you have ${yearsLabel}`, bandCap };
}
