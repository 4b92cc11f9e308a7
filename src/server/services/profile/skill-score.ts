/**
 * Skill score, 0-100: how strong and complete a profile is, for the seeker's own
 * guidance (it is never shown to recruiters as a rating of the person).
 *
 *   skills      60  each skill is worth proficiency/5 x depth x recency, where
 *                   depth = 0.5 + 0.5 x min(years, 10)/10 and recency = 1 (used in the
 *                   last year or no date), 0.8 (last 3 years), 0.6 (older). The best 15
 *                   skills count; 8 full-value skills reach the maximum.
 *   experience  25  20 x min(total years, 10)/10 (overlapping roles counted once)
 *                   + 5 x min(achievement bullets, 6)/6
 *   education   10  highest degree: doctorate 10, master 9, bachelor 8,
 *                   associate/diploma 6, any other entry 5
 *   completeness 5  headline 2, career goals 1, job preferences set 2
 *
 * Saturating terms keep the score from rewarding keyword stuffing.
 */
import type { SkillScoreBreakdown } from '@/lib/validators/profile';
import { exactYearsOfExperience, type DatedEntry } from './years-of-experience';

export interface ScoreInput {
  headline: string | null;
  careerGoals: string | null;
  hasPreferences: boolean;
  skills: { proficiencyLevel: number; yearsOfExperience: number; lastUsed: string | null }[];
  experience: (DatedEntry & { achievements: string[] })[];
  education: { degree: string | null }[];
}

const YEAR_MS = 365.25 * 86_400_000;
const round1 = (n: number) => Math.round(n * 10) / 10;

function skillValue(s: ScoreInput['skills'][number], now: number): number {
  const depth = 0.5 + (0.5 * Math.min(s.yearsOfExperience, 10)) / 10;
  let recency = 1;
  if (s.lastUsed) {
    const age = (now - Date.parse(s.lastUsed)) / YEAR_MS;
    recency = age <= 1 ? 1 : age <= 3 ? 0.8 : 0.6;
  }
  return (s.proficiencyLevel / 5) * depth * recency;
}

/** Total years covered by the roles, merging overlaps so parallel jobs are not double-counted. */
export const experienceYears = (roles: ScoreInput['experience'], now: number): number =>
  exactYearsOfExperience(roles, new Date(now));

export function degreePoints(degree: string | null): number {
  const d = (degree ?? '').toLowerCase();
  if (/\b(ph\.?\s?d|doctor|doctorate|d\.?phil|md|jd)\b/.test(d)) return 10;
  if (/\b(master|m\.?\s?s\.?c?|m\.?\s?a|mba|m\.?\s?eng|m\.?\s?tech|mca|llm)\b/.test(d)) return 9;
  if (/\b(bachelor|b\.?\s?s\.?c?|b\.?\s?a|b\.?\s?e|b\.?\s?eng|b\.?\s?tech|bca|bba|b\.?\s?com|llb)\b/.test(d)) return 8;
  if (/\b(associate|diploma|hnd|foundation degree)\b/.test(d)) return 6;
  return 5;
}

export function computeSkillScore(input: ScoreInput, now = Date.now()): SkillScoreBreakdown {
  const values = input.skills.map((s) => skillValue(s, now)).sort((a, b) => b - a).slice(0, 15);
  const skills = 60 * Math.min(values.reduce((a, b) => a + b, 0) / 8, 1);
  const bullets = input.experience.reduce((n, r) => n + r.achievements.length, 0);
  const experience =
    20 * Math.min(experienceYears(input.experience, now) / 10, 1) + 5 * Math.min(bullets / 6, 1);
  const education = input.education.length ? Math.max(...input.education.map((e) => degreePoints(e.degree))) : 0;
  const completeness = (input.headline ? 2 : 0) + (input.careerGoals ? 1 : 0) + (input.hasPreferences ? 2 : 0);
  const parts = { skills: round1(skills), experience: round1(experience), education, completeness };
  const total = Math.min(100, round1(parts.skills + parts.experience + parts.education + parts.completeness));
  return { ...parts, total };
}
