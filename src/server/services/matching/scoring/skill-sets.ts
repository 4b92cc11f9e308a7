/**
 * Both sides of a skills comparison in canonical form. The loaders already store canonical names,
 * but a job imported by an older extractor or a profile row typed before the taxonomy existed
 * would otherwise make "ReactJS" and "React" two skills, so matching canonicalizes again.
 */
import type { SkillCategory } from '@/lib/validators/enums';
import { canonicalizeSkill } from '@/server/services/skills/taxonomy';
import type { JobForMatching, ProfileForMatching } from '../types';
import { impliedSkillSources } from './implied-skills';

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

/**
 * Canonical forms by raw name. A match list scores hundreds of jobs against one profile, and
 * the same few thousand skill names recur across jobs: the taxonomy lookup is pure, so it is
 * done once per name. Cleared when full rather than evicted one by one (names are short).
 */
const canonicalCache = new Map<string, SkillRef | null>();
const CANONICAL_CACHE_MAX = 50_000;

function canonical(raw: string): SkillRef | null {
  const cached = canonicalCache.get(raw);
  if (cached !== undefined) return cached;
  const skill = canonicalizeSkill(raw);
  const ref = skill.key ? { key: skill.key, name: skill.name, category: skill.category } : null;
  if (canonicalCache.size >= CANONICAL_CACHE_MAX) canonicalCache.clear();
  canonicalCache.set(raw, ref);
  return ref;
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

const heldBySkills = new WeakMap<
  ProfileForMatching['skills'],
  { rows: number; held: ReadonlyMap<string, HeldSkill> }
>();

/** Canonical key of a skill -> the general skills it implies; built once from impliedSkillSources. */
let impliedBy: Map<string, SkillRef[]> | null = null;

function impliedByKey(): Map<string, SkillRef[]> {
  if (impliedBy) return impliedBy;
  const map = new Map<string, SkillRef[]>();
  for (const [general, sources] of impliedSkillSources()) {
    const target = canonical(general);
    if (!target) continue;
    for (const name of new Set(sources.map((n) => canonical(n)?.key))) {
      if (!name || name === target.key) continue;
      const targets = map.get(name) ?? [];
      if (!targets.some((t) => t.key === target.key)) targets.push(target);
      map.set(name, targets);
    }
  }
  impliedBy = map;
  return map;
}

/**
 * A general skill the profile does not list but a held skill implies (implied-skills.ts) is held
 * at the depth of its deepest source: PostgreSQL 4/5 for 3 years is SQL 4/5 for 3 years.
 */
function addImplied(byKey: Map<string, HeldSkill>): void {
  const implied = new Map<string, HeldSkill>();
  for (const held of byKey.values()) {
    for (const target of impliedByKey().get(held.key) ?? []) {
      if (byKey.has(target.key)) continue;
      const best = implied.get(target.key);
      if (!best || held.proficiencyLevel + held.yearsOfExperience > best.proficiencyLevel + best.yearsOfExperience)
        implied.set(target.key, {
          ...target,
          proficiencyLevel: held.proficiencyLevel,
          yearsOfExperience: held.yearsOfExperience,
        });
    }
  }
  for (const [key, skill] of implied) byKey.set(key, skill);
}

/**
 * The profile's skills by canonical key. Two rows for one skill ("React" and "ReactJS") merge
 * into one, keeping the higher proficiency and the higher years: both describe the same ability.
 */
export function heldSkills(profile: Pick<ProfileForMatching, 'skills'>): ReadonlyMap<string, HeldSkill> {
  // Scoring asks once per job for the same profile: the map is kept per skills list (profiles
  // are read-only once loaded for matching; the length check guards a list grown in place).
  const kept = heldBySkills.get(profile.skills);
  if (kept && kept.rows === profile.skills.length) return kept.held;
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
  addImplied(byKey);
  heldBySkills.set(profile.skills, { rows: profile.skills.length, held: byKey });
  return byKey;
}
