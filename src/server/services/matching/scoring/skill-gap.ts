/**
 * Which of a job's missing skills matter most, for the "what to learn" list and the order of
 * MatchExplanation.missingSkills.
 *
 *   importance = demand x adjacency                                            in [0.425, 1]
 *   demand     = 0.5 + 0.5 x d, d = share (0..1) of open jobs in the same occupation, or the
 *                market, that list the skill; 0.75 (d = 0.5) when no demand map is given,
 *                0.5 when a map is given and the skill is not in it
 *   adjacency  = 1 when the seeker holds another skill of the same taxonomy group (design tools,
 *                web frameworks, databases...), else 0.85
 *
 * Every ranked skill is required by this job, so demand starts at 0.5, not 0: a skill nobody else
 * asks for still stands between the seeker and this job. Adjacency favours the skills closest to
 * what the seeker already knows, the quickest to close; it is kept small so that market demand
 * decides and adjacency breaks near-ties. Equal importance keeps the job's own order.
 *
 * The demand map is built elsewhere (a query over open jobs); keys may be any spelling and are
 * canonicalized here. Values are shares in [0, 1]; counts are accepted too: when any value
 * exceeds 1 the map is read as counts and scaled by its largest value.
 */
import type { JobForMatching, ProfileForMatching } from '../types';
import { skillGroup } from '@/server/services/skills/skill-groups';
import { canonicalizeSkill } from '@/server/services/skills/taxonomy';
import { heldSkills, nonNegative, requiredSkills, type HeldSkill, type SkillRef } from './skill-sets';

export const UNKNOWN_DEMAND = 0.5;
export const NO_ADJACENT_SKILL_FACTOR = 0.85;

export interface SkillGapItem {
  /** Canonical display name. */
  skill: string;
  importance: number;
  /** One sentence, e.g. "Required by this job and by 40% of similar open jobs". */
  reason: string;
}

/** Demand shares by canonical key, in [0, 1]. */
export function normalizeDemand(marketDemand: ReadonlyMap<string, number>): Map<string, number> {
  const raw = [...marketDemand].map(([name, value]) => [canonicalizeSkill(name).key, nonNegative(value)] as const);
  const max = Math.max(0, ...raw.map(([, v]) => v));
  const scale = max > 1 ? max : 1;
  const shares = new Map<string, number>();
  for (const [key, value] of raw) {
    if (key) shares.set(key, Math.max(shares.get(key) ?? 0, Math.min(value / scale, 1)));
  }
  return shares;
}

/** The seeker's strongest skill in each taxonomy group: the example named in the reason. */
function strongestByGroup(held: ReadonlyMap<string, HeldSkill>): Map<string, HeldSkill> {
  const best = new Map<string, HeldSkill>();
  for (const skill of held.values()) {
    const group = skillGroup(skill.key);
    if (!group) continue;
    const seen = best.get(group.id);
    if (!seen || skill.proficiencyLevel > seen.proficiencyLevel) best.set(group.id, skill);
  }
  return best;
}

/** Ranks already-canonical missing skills; scoreMatch calls this to avoid canonicalizing twice. */
export function rankMissingSkills(
  missing: readonly SkillRef[],
  held: ReadonlyMap<string, HeldSkill>,
  marketDemand?: ReadonlyMap<string, number>,
): SkillGapItem[] {
  const shares = marketDemand ? normalizeDemand(marketDemand) : null;
  const adjacent = strongestByGroup(held);
  const ranked = missing.map((skill, order) => {
    const share = shares ? (shares.get(skill.key) ?? 0) : UNKNOWN_DEMAND;
    const group = skillGroup(skill.key);
    const neighbour = group ? adjacent.get(group.id) : undefined;
    const importance = (0.5 + 0.5 * share) * (neighbour ? 1 : NO_ADJACENT_SKILL_FACTOR);
    const demandText = !shares
      ? ''
      : share > 0
        ? ` and by ${Math.max(1, Math.round(share * 100))}% of similar open jobs`
        : ', though no similar open job lists it';
    // "another", not "a related": the group says what kind of skill, not that the two are alike
    // (Java and JavaScript share a group and little else).
    const neighbourText = neighbour && group ? `; you already know ${neighbour.name}, another ${group.noun}` : '';
    return {
      order,
      item: { skill: skill.name, importance, reason: `Required by this job${demandText}${neighbourText}` },
    };
  });
  return ranked.sort((a, b) => b.item.importance - a.item.importance || a.order - b.order).map((r) => r.item);
}

/** The job's required skills the seeker lacks, most important first. Pure; see the file comment. */
export function skillGap(
  profile: ProfileForMatching,
  job: JobForMatching,
  marketDemand?: ReadonlyMap<string, number>,
): SkillGapItem[] {
  const held = heldSkills(profile);
  const missing = requiredSkills(job).filter((s) => !held.has(s.key));
  return rankMissingSkills(missing, held, marketDemand);
}
