/**
 * Both sides of a skills comparison in canonical form. The loaders already store canonical names,
 * but a job imported by an older extractor or a profile row typed before the taxonomy existed
 * would otherwise make "ReactJS" and "React" two skills, so matching canonicalizes again.
 */
import type { SkillCategory } from '@/lib/validators/enums';
import { canonicalizeSkill } from '@/server/services/skills/taxonomy';
import type { JobForMatching, ProfileForMatching } from '../types';

export interface SkillRef {
  key: string;
  /** Display name, e.g. "React". */
  name: string;
  category: SkillCategory;
}

export interface HeldSkill extends SkillRef {
  /** 1-5 as stored; clamped to [0, 5] when credited. */
  proficiencyLevel: number;
  yearsOfExperience: number;
}

function canonical(raw: string): SkillRef | null {
  const skill = canonicalizeSkill(raw);
  return skill.key ? { key: skill.key, name: skill.name, category: skill.category } : null;
}

/** Finite and not negative, else 0: a bad number must not raise or sink a score. */
export const nonNegative = (n: number): number => (Number.isFinite(n) && n > 0 ? n : 0);

/** The job's required skills, deduplicated by canonical key, in the job's order; blanks dropped. */
export function requiredSkills(job: JobForMatching): SkillRef[] {
  const byKey = new Map<string, SkillRef>();
  for (const raw of job.requiredSkills) {
    const skill = canonical(raw);
    if (skill && !byKey.has(skill.key)) byKey.set(skill.key, skill);
  }
  return [...byKey.values()];
}

/**
 * The profile's skills by canonical key. Two rows for one skill ("React" and "ReactJS") merge
 * into one, keeping the higher proficiency and the higher years: both describe the same ability.
 */
export function heldSkills(profile: ProfileForMatching): Map<string, HeldSkill> {
  const byKey = new Map<string, HeldSkill>();
  for (const row of profile.skills) {
    const skill = canonical(row.name);
    if (!skill) continue;
    const level = nonNegative(row.proficiencyLevel);
    const years = nonNegative(row.yearsOfExperience);
    const seen = byKey.get(skill.key);
    byKey.set(skill.key, {
      ...skill,
      proficiencyLevel: Math.max(level, seen?.proficiencyLevel ?? 0),
      yearsOfExperience: Math.max(years, seen?.yearsOfExperience ?? 0),
    });
  }
  return byKey;
}
